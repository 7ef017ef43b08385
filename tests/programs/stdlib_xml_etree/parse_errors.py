# Well-formedness errors: messages, codes and positions of ParseError.
import io
import xml.etree.ElementTree as ET

BAD = [
    "<config><item></config>",
    "<a>",
    "",
    "   \n  ",
    "<root/>\n<extra/>",
    "<root></root>trailing text",
    "<",
    "<root attr='1'",
    "just text",
    "<msg>&nbsp;</msg>",
    "<n>&#xZZ;</n>",
    "<a b=1/>",
    "<a b='1' b='2'/>",
    "<list>\n  <item>\n</list>",
    "<t>&amp</t>",
    " <?xml version='1.0'?><a/>",
    "<a><!-- bad -- comment --></a>",
    "<svg:rect/>",
    "<a x:y='1'/>",
    "<a>]]></a>",
    "<a><![CDATA[unfinished</a>",
    "<a>&#0;</a>",
    "<a b='<'/>",
    "<a>\x01</a>",
    "<1abc/>",
    "<a></ a>",
    "<a b='1'c='2'/>",
    "<data>\n  <row id='1'>ok</row>\n  <row id='2'>bad</rwo>\n</data>",
    "<a xmlns:p=''/>",
    "<a><!-- unterminated",
    "<?xml version='1.0' encoding='utf-8' standalone='maybe'?><a/>",
    "<r>caf\u00e9 &unknown;</r>",
]

for doc in BAD:
    try:
        ET.fromstring(doc)
        print(repr(doc), "-> parsed")
    except ET.ParseError as e:
        line, col = e.position
        print("%-45r %s | code=%d line=%d col=%d" % (doc, e, e.code, line, col))
        assert isinstance(e, SyntaxError)

# bytes input and encodings
for raw in [b"<a>\xc3\xa9</a>", b"<a>\xe9</a>", b"<?xml version='1.0' encoding='iso-8859-1'?><a>\xe9</a>",
            b"\xef\xbb\xbf<a>bom</a>", b"<a>ok\xff</a>"]:
    try:
        print(raw, "->", ET.fromstring(raw).text)
    except ET.ParseError as e:
        print(raw, "->", e, e.position)

# errors through ElementTree.parse and XMLParser.feed
try:
    ET.parse(io.BytesIO(b"<doc>\n<p>one</p>\n<p>two</doc>"))
except ET.ParseError as e:
    print("parse:", e)
p = ET.XMLParser()
p.feed("<a><b>")
p.feed("text</b>")
try:
    p.close()
except ET.ParseError as e:
    print("close:", e, e.position)
p = ET.XMLParser()
try:
    p.feed("<a></b>")
except ET.ParseError as e:
    print("feed:", e)
print(issubclass(ET.ParseError, SyntaxError))
