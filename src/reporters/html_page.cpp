// The frame of the HTML page: head, style sheet, legend of the marks, and the script.
// Everything is inline (no font, image or script from elsewhere), so the file opens from a
// USB stick or an e-mail attachment; the script only sorts and filters the index, and the page
// reads whole without it.
#include "reporters/html_page.hpp"

#include <fmt/format.h>

#include "reporters/xml.hpp"
#include "xxgk/reporters.hpp"

namespace xxgk::detail::html {
namespace {

// Marks differ in outline style and glyph, not only in colour, so they survive a black-and-white
// printer and colour blindness. The index comes last in the file (it is known only at the end)
// and is shown first by the flex order.
constexpr std::string_view kStyle = R"CSS(
:root{--err:#b00020;--warn:#8a5000;--note:#0b5cad;--line:#8c8c8c;--muted:#5c5c5c}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif;color:#111;background:#fff}
.page{display:flex;flex-direction:column;max-width:84em;margin:0 auto;padding:0 1em 2em}
.top{order:-2}
#index{order:-1}
h1{font-size:1.4em;margin:.6em 0 .2em}
h2{font-size:1.2em;margin:.4em 0}
h3{font-size:1.05em;margin:1em 0 .3em}
a{color:#0645ad}
.legend{display:flex;flex-wrap:wrap;gap:.3em 1.2em;margin:.3em 0;padding:0;list-style:none;font-size:.9em}
.legend .m,.legend .blank{display:inline-block;min-width:2.2em;padding:0 .3em;margin-right:.3em;text-align:center}
.report,#cross{border-top:3px solid #333;margin-top:2em;padding-top:.4em}
.badge{display:inline-block;font-size:.8em;border:1px solid currentColor;border-radius:.3em;padding:0 .35em;margin-right:.4em;vertical-align:middle}
.meta{display:flex;flex-wrap:wrap;gap:.1em 1.6em;margin:.3em 0}
.meta div{display:flex;gap:.4em}
.meta dt{color:var(--muted)}
.meta dd{margin:0;overflow-wrap:anywhere}
.scroll{overflow-x:auto;max-width:100%}
table{border-collapse:collapse;margin:.4em 0}
th,td{border:1px solid var(--line);padding:.15em .45em}
th{font-weight:normal;background:#f2f2f2;text-align:left}
thead th,.t2 th[scope=col],.t2 .item{text-align:center}
td{text-align:right;position:relative;min-width:2.8em;font-variant-numeric:tabular-nums;white-space:nowrap}
.t3 .vert{writing-mode:vertical-rl;text-align:center;letter-spacing:.2em}
td.note{font-size:.8em;color:var(--muted);text-align:left;white-space:normal;max-width:14em}
.en{display:block;font-size:.75em;color:var(--muted)}
.absent{color:var(--muted);font-style:italic}
.blank{background:repeating-linear-gradient(135deg,#fff 0 4px,#e4e4e4 4px 6px)}
.missing{background:repeating-linear-gradient(45deg,#fff 0 3px,#bbb 3px 4px)}
.blank,.missing{-webkit-print-color-adjust:exact;print-color-adjust:exact}
.sev-error{color:var(--err)}
.sev-warning{color:var(--warn)}
.sev-note{color:var(--note)}
.m{outline-offset:-3px;cursor:help}
.m-at{outline:2px dotted currentColor}
.m-stated{outline:2px dashed currentColor}
.m-term{outline:2px solid currentColor}
.m-candidate{outline:3px dashed currentColor;font-weight:bold}
.m-likely{outline:4px double currentColor;font-weight:bold}
.g{font-size:.75em;vertical-align:super;margin-left:.1em;font-weight:bold}
.sug{display:block;font-size:.8em}
.tip{display:none;position:absolute;z-index:3;top:100%;right:0;width:26em;max-width:85vw;background:#fff;color:#111;border:1px solid #333;box-shadow:0 2px 8px rgba(0,0,0,.3);padding:.3em .6em;text-align:left;font-weight:normal;white-space:normal;cursor:auto}
th>.tip{left:0;right:auto}
td:hover>.tip,td:focus>.tip,th:hover>.tip,th:focus>.tip{display:block}
.tip p{margin:.2em 0}
.ar{font-family:ui-monospace,"Noto Sans Mono CJK SC",monospace;font-size:.9em;overflow-wrap:anywhere}
.ar b{text-decoration:underline}
.sr,.skip:not(:focus){position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.tnote{margin:.2em 0;font-size:.9em}
.findings{padding-left:1.6em}
.findings li{margin:.35em 0}
.f-head{margin:0;overflow-wrap:anywhere}
.findings pre{margin:.15em 0 0;overflow-x:auto;font-size:.85em;color:#111;font-family:"Noto Sans Mono CJK SC",ui-monospace,monospace}
.stmt{margin:.5em 0;padding:.2em .8em;border-left:4px dashed currentColor}
.stmt blockquote{margin:0;color:#111}
.stmt p{margin:.2em 0}
.files td,.rules td{text-align:left;white-space:normal}
.files td.n,.rules td.n{text-align:right}
.files th button{font:inherit;background:none;border:0;padding:0;cursor:pointer;text-decoration:underline dotted}
.filters{margin:.4em 0}
.filters label{margin-right:1em;white-space:nowrap}
.summary{margin:.3em 0}
.page[data-show=ok] [data-status]:not([data-status=ok]),
.page[data-show=findings] [data-status]:not([data-status=findings]),
.page[data-show=error] [data-status]:not([data-status=error]),
.page[data-show=skipped] [data-status]:not([data-status=skipped]){display:none}
@media (max-width:40em){body{font-size:14px}.page{padding:0 .4em 1em}.meta{display:block}th,td{padding:.1em .25em}}
@media print{
body{font-size:9.5pt;color:#000}
a{color:#000;text-decoration:none}
.report,#cross{break-before:page;border-top:0;margin-top:0}
.tip,.filters{display:none!important}
.sev-error,.sev-warning,.sev-note,.en,.absent,td.note{color:#000}
th{background:none}
tr{break-inside:avoid}
.scroll{overflow:visible}
}
)CSS";

// Sorting and filtering of the index; a file whose status the cross-report findings changed
// takes its final status from the index, so the filter hides the right sections too.
constexpr std::string_view kScript = R"JS(
(function () {
  'use strict';
  var page = document.querySelector('.page'), index = document.getElementById('index');
  if (!page || !index) return;
  Array.prototype.forEach.call(index.querySelectorAll('tr[data-late]'), function (tr) {
    var section = document.getElementById(tr.getAttribute('data-ref'));
    if (section) section.setAttribute('data-status', tr.getAttribute('data-status'));
  });
  var filters = index.querySelector('.filters');
  if (filters) {
    filters.hidden = false;
    filters.addEventListener('change', function (e) {
      if (e.target.name === 'show') page.setAttribute('data-show', e.target.value);
    });
  }
  var table = index.querySelector('table.files');
  if (!table || !table.tHead || !table.tBodies.length) return;
  var body = table.tBodies[0], heads = table.tHead.rows[0].cells;
  Array.prototype.forEach.call(heads, function (th, col) {
    var button = document.createElement('button');
    button.type = 'button';
    while (th.firstChild) button.appendChild(th.firstChild);
    th.appendChild(button);
    button.addEventListener('click', function () {
      var up = th.getAttribute('aria-sort') !== 'ascending';
      Array.prototype.forEach.call(heads, function (other) { other.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', up ? 'ascending' : 'descending');
      var numeric = th.hasAttribute('data-numeric');
      var key = function (row) {
        var cell = row.cells[col];
        return cell.hasAttribute('data-v') ? cell.getAttribute('data-v') : cell.textContent;
      };
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function (a, b) {
        var c = numeric ? Number(key(a)) - Number(key(b)) : key(a).localeCompare(key(b), 'zh');
        return up ? c : -c;
      });
      rows.forEach(function (row) { body.appendChild(row); });
    });
  });
})();
)JS";

struct LegendItem {
    std::string_view classes, glyph, zh, en;
};
constexpr LegendItem kLegend[] = {
    {"m m-likely sev-error", "×", "最可能有误的单元格（附使各等式成立的值）", "the likely wrong cell (with the value that fits)"},
    {"m m-candidate sev-error", "?", "可能有误的单元格之一", "one of the cells that may be wrong"},
    {"m m-term sev-error", "!", "参与不成立的等式", "takes part in an identity that fails"},
    {"m m-stated sev-error", "¶", "与报告文字不符", "contradicted by the report's text"},
    {"m m-at sev-note", "*", "此处另有问题或提示", "another finding here"},
    {"blank", "", "空白单元格", "blank cell"},
};

}  // namespace

// As the text output shows them (terminal_safe, line by line so the arithmetic keeps its lines):
// a bidirectional override in a title must not reorder the page either.
std::string text(std::string_view s) {
    std::string safe;
    for (std::size_t start = 0;;) {
        const std::size_t newline = s.find('\n', start);
        safe += terminal_safe(s.substr(start, newline == std::string_view::npos ? newline : newline - start));
        if (newline == std::string_view::npos) break;
        safe += '\n';
        start = newline + 1;
    }
    return xml_escape(safe, false);
}
std::string attr(std::string_view s) { return xml_escape(terminal_safe(s), true); }

std::string_view severity_class(Severity s) { return severity_name(s); }

void Counts::add(const std::vector<Finding>& findings) {
    for (const Finding& f : findings) {
        errors += f.severity == Severity::error;
        warnings += f.severity == Severity::warning;
        notes += f.severity == Severity::note;
    }
}

Severity Counts::highest() const {
    return errors ? Severity::error : warnings ? Severity::warning : Severity::note;
}

std::string counts_text(const Counts& c, Lang lang) {
    if (lang == Lang::zh) return fmt::format("错误 {}，警告 {}，提示 {}", c.errors, c.warnings, c.notes);
    auto n = [](int k, std::string_view word) { return fmt::format("{} {}{}", k, word, k == 1 ? "" : "s"); };
    return n(c.errors, "error") + ", " + n(c.warnings, "warning") + ", " + n(c.notes, "note");
}


std::string_view status_word(FileResult::Status s, Lang lang) {
    switch (s) {
        case FileResult::Status::ok: return pick(lang, "无问题", "clean");
        case FileResult::Status::findings: return pick(lang, "有问题", "findings");
        case FileResult::Status::error: return pick(lang, "无法读取", "unreadable");
        case FileResult::Status::skipped: return pick(lang, "已跳过", "skipped");
    }
    return "";
}

void write_head(std::ostream& out, Lang lang) {
    const std::string_view title =
        pick(lang, "政府信息公开工作年度报告检查结果", "Government information disclosure annual reports: check results");
    out << "<!DOCTYPE html>\n<html lang=\"" << pick(lang, "zh-CN", "en") << "\">\n<head>\n<meta charset=\"utf-8\"/>\n"
        << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
        << "<title>" << title << "</title>\n<style>/*<![CDATA[*/" << kStyle << "/*]]>*/</style>\n</head>\n<body>\n"
        << "<div class=\"page\">\n<header class=\"top\">\n<h1>" << title << "</h1>\n"
        // The index is shown first but written last: a reader that follows the file's order
        // (a screen reader, a keyboard) is offered the way to it.
        << "<a class=\"skip\" href=\"#index\">" << pick(lang, "跳到索引", "Skip to the index") << "</a>\n"
        << "<ul class=\"legend\" aria-label=\""
        << pick(lang, "标记说明", "What the marks mean") << "\">\n";
    for (const LegendItem& item : kLegend) {
        out << "<li><span class=\"" << item.classes << "\">";
        if (!item.glyph.empty()) out << "<span class=\"g\" aria-hidden=\"true\">" << item.glyph << "</span>";
        else out << "\u00a0";  // so the empty sample has a line's height
        out << "</span>" << pick(lang, item.zh, item.en) << "</li>\n";
    }
    out << "</ul>\n</header>\n";
}

void write_foot(std::ostream& out) {
    out << "</div>\n<script>//<![CDATA[" << kScript << "//]]></script>\n</body>\n</html>\n";
}

}  // namespace xxgk::detail::html
