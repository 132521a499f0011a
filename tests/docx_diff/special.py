# Hand-made word/document.xml for the differential check: encodings (declared, lying, unknown),
# entities and DTD attribute defaults, text nodes over libxml2's 10 MB limit, depth at and over
# 256, huge attributes and names, no namespace.
import os, sys
out = sys.argv[1]
os.makedirs(out, exist_ok=True)
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
def doc(body, decl='<?xml version="1.0" encoding="UTF-8"?>\n'):
    return decl + '<w:document ' + W + '><w:body>' + body + '</w:body></w:document>'
def p(t): return '<w:p><w:r><w:t xml:space="preserve">' + t + '</w:t></w:r></w:p>'
def put(name, data): open(os.path.join(out, name), 'wb').write(data)
chunks = []
for i in range(40):
    chunks.append(p('行\r\n一&amp;二&#x4e00;&#20013;&lt;三<![CDATA[四<五>]]>六<!-- 注 -->七<?pi x?>八' + '甲' * i))
    chunks.append(p('  \r\n  '))
    chunks.append('<w:p><w:r><w:t>' + 'x' * (i * 13) + '</w:t><w:tab/><w:t>\u3000</w:t></w:r></w:p>')
body = ''.join(chunks)
table = ('<w:tbl><w:tr><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr>' + p('合') + '</w:tc><w:tc>' + p('1') +
         '</w:tc></w:tr><w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc><w:tc>' + p('2') + '</w:tc></w:tr></w:tbl>')
put('utf8.xml', doc(body + table).encode('utf-8'))
put('utf8bom.xml', b'\xef\xbb\xbf' + doc(body + table).encode('utf-8'))
put('gbk.xml', doc(body + table, '<?xml version="1.0" encoding="GBK"?>\n').encode('gbk'))
put('gb18030.xml', doc(body + table, '<?xml version="1.0" encoding="GB18030"?>\n').encode('gb18030'))
put('utf16.xml', doc(body + table, '<?xml version="1.0" encoding="UTF-16"?>\n').encode('utf-16'))
put('latin1.xml', doc(p('caf\xe9 na\xefve'), '<?xml version="1.0" encoding="ISO-8859-1"?>\n').encode('latin-1'))
put('gbk-lies.xml', doc(body, '<?xml version="1.0" encoding="GBK"?>\n').encode('utf-8'))
put('utf8-lies.xml', doc(body).encode('gbk'))
put('unknown-enc.xml', doc(body, '<?xml version="1.0" encoding="X-NOPE"?>\n').encode('utf-8'))
put('utf16-lies.xml', doc(body, '<?xml version="1.0" encoding="UTF-16"?>\n').encode('utf-8'))
dtd = ('<?xml version="1.0"?>\n<!DOCTYPE w:document [\n<!ENTITY e "<w:r><w:t>实体</w:t></w:r>">\n<!ENTITY t "文">\n'
       '<!ATTLIST w:gridSpan w:val CDATA "3">\n<!ATTLIST w:vMerge w:val CDATA "restart">\n]>\n')
put('dtd.xml', (dtd + '<w:document ' + W + '><w:body><w:p>&e;<w:r><w:t>a&t;b</w:t></w:r></w:p><w:tbl><w:tr><w:tc><w:tcPr>'
                '<w:gridSpan/><w:vMerge/></w:tcPr>' + p('x') + '</w:tc></w:tr><w:tr><w:tc><w:tcPr><w:vMerge w:val="continue"/>'
                '</w:tcPr><w:p/></w:tc></w:tr></w:tbl></w:body></w:document>').encode())
put('huge-ascii.xml', doc('<w:p><w:r><w:t>' + 'x' * 11_000_000 + '</w:t></w:r></w:p>' + p('后')).encode())
put('huge-cjk.xml', doc('<w:p><w:r><w:t>' + '字' * 3_700_000 + '</w:t></w:r></w:p>' + p('后')).encode())
put('huge-ascii-lines.xml', doc('<w:p><w:r><w:t>' + ('x' * 99 + '\n') * 110_000 + '</w:t></w:r></w:p>' + p('后')).encode())
put('deep.xml', doc('<w:p>' + '<w:ins>' * 300 + '<w:r><w:t>深</w:t></w:r>' + '</w:ins>' * 300 + '</w:p>').encode())
put('deep250.xml', doc('<w:p>' + '<w:ins>' * 250 + '<w:r><w:t>深</w:t></w:r>' + '</w:ins>' * 250 + '</w:p>').encode())
put('bigattr.xml', doc('<w:p w:x="' + 'a' * 11_000_000 + '">' + '</w:p>').encode())
put('longname.xml', doc('<w:' + 'a' * 60000 + '/>').encode())
put('nons.xml', b'<w:document><w:body><w:p><w:r><w:t>x</w:t></w:r></w:p></w:body></w:document>')
