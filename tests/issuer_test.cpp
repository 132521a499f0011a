#include "support.hpp"

using namespace xxgk;

namespace {

// clean-2021.txt with its title and the overview's opening words replaced and lines appended
// at the end (a signature).
Report with(const std::string& head, const std::string& opening, const std::string& end = "") {
    std::string text = test::slurp(test::sample_path("clean-2021.txt"));
    text = head + text.substr(text.find('\n'));
    const std::string year_opening = "2022年，";
    text.replace(text.find(year_opening), year_opening.size(), opening);
    return test::report_from_text(text + end);
}

}  // namespace

TEST_CASE("issuer: the layouts of real pages read as a person reads them", "[model]") {
    struct Case {
        const char* file;
        const char* issuer;
        std::optional<int> year;
        const char* title;
    };
    const Case cases[] = {
        {"issuer-year-before-name-2020.txt", "漱溪区人民政府办公室", 2020,
         "2020年漱溪区人民政府办公室政府信息公开工作年度报告"},
        {"issuer-crawler-field-2021.txt", "枫岭县人民政府办公室", 2021,
         "枫岭县人民政府办公室2021年政府信息公开工作年度报告"},
        {"text-crawler-metadata-header-2021.txt", "云渡县卫生健康局", 2021,
         "云渡县卫生健康局2021年政府信息公开工作年度报告"},
        {"issuer-source-field-2022.txt", "澄川区司法局", 2022, "2022年政府信息公开工作年度报告"},
        {"issuer-signature-only-2022.txt", "石埠县民族宗教事务局", 2022, "政府信息公开工作年度报告"},
        {"year-unknown.txt", "云渡县档案馆", std::nullopt, "云渡县档案馆政府信息公开工作年度报告"},
    };
    for (const Case& c : cases) {
        INFO(c.file);
        Report r = test::sample(std::string("layouts/") + c.file);
        CHECK(r.issuer == c.issuer);
        CHECK(r.year == c.year);
        CHECK(r.title == c.title);
    }
}

TEST_CASE("issuer: a year before the name and a field label are not the issuer's", "[model]") {
    CHECK(with("2020年度某区人民政府办公室政府信息公开工作年度报告", "本年度，").issuer == "某区人民政府办公室");
    Report r = with("标题：某区人民政府办公室2022年政府信息公开工作年度报告", "本年度，");
    CHECK(r.issuer == "某区人民政府办公室");
    CHECK(r.year == 2022);
    // A line of fields is no title, and its 来源 names the issuer only when the title does not.
    r = with("来源：某县财政局　发布时间：2023-01-16\n\n2022年政府信息公开工作年度报告", "本年度，");
    CHECK(r.title == "2022年政府信息公开工作年度报告");
    CHECK(r.issuer == "某县财政局");
    CHECK(with("来源：某县财政局\n某县审计局2022年政府信息公开工作年度报告", "").issuer == "某县审计局");
    // A website is no issuer.
    CHECK(!with("来源：本网\n2022年政府信息公开工作年度报告", "本年度，").issuer);
    CHECK(!with("来源：某县人民政府网\n2022年政府信息公开工作年度报告", "本年度，").issuer);
}

TEST_CASE("issuer: the signature gives the issuer and the year before its date", "[model]") {
    const std::string title = "政府信息公开工作年度报告";
    Report r = with(title, "本年度，", "\n某县民族宗教事务局\n2023年1月18日\n");
    CHECK(r.issuer == "某县民族宗教事务局");
    CHECK(r.year == 2022);
    r = with(title, "本年度，", "\n某县民族宗教事务局　二〇二三年二月八日\n");
    CHECK(r.issuer == "某县民族宗教事务局");
    CHECK(r.year == 2022);
    // Dated late in a year, a report says nothing of the year it covers.
    r = with(title, "本年度，", "\n某县民族宗教事务局\n2023年十二月\n");
    CHECK(r.issuer == "某县民族宗教事务局");
    CHECK(!r.year);
    // A sentence before the date is no issuer; the title and the overview are trusted first.
    CHECK(!with(title, "本年度，", "\n特此报告。\n2023年1月18日\n").issuer);
    r = with("某县审计局2021年政府信息公开工作年度报告", "本年度，", "\n某县民族宗教事务局\n2023年1月18日\n");
    CHECK(r.issuer == "某县审计局");
    CHECK(r.year == 2021);
    CHECK(with(title, "2021年，", "\n某县民族宗教事务局\n2023年1月18日\n").year == 2021);
}
