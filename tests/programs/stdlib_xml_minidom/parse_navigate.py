# Parsing documents with minidom and walking the tree.
import io
from xml.dom import minidom
from xml.parsers.expat import ExpatError

FEED = """<?xml version="1.0" encoding="UTF-8"?>
<!-- podcast feed -->
<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd">
  <channel>
    <title>Tech &amp; Talk</title>
    <itunes:author>Jane Roe</itunes:author>
    <item>
      <title>Episode 1</title>
      <enclosure url="http://ex.com/1.mp3" length="1234" type="audio/mpeg"/>
      <description><![CDATA[Intro <b>show</b>]]></description>
    </item>
    <item>
      <title>Episode 2</title>
      <enclosure url="http://ex.com/2.mp3" length="5678" type="audio/mpeg"/>
      <description>Second &lt;episode&gt;</description>
    </item>
  </channel>
</rss>
"""

doc = minidom.parseString(FEED)
print([n.nodeType for n in doc.childNodes], doc.documentElement.tagName)
rss = doc.documentElement
print(rss.getAttribute("version"), rss.attributes.items())
channel = rss.getElementsByTagName("channel")[0]
print(channel.getElementsByTagName("title")[0].firstChild.data)
author = channel.getElementsByTagName("itunes:author")[0]
print(author.tagName, author.prefix, author.localName, author.namespaceURI, author.firstChild.nodeValue)
print([e.firstChild.data for e in doc.getElementsByTagNameNS("http://www.itunes.com/dtds/podcast-1.0.dtd", "author")])

def text_of(node):
    return "".join(c.data for c in node.childNodes if c.nodeType in (c.TEXT_NODE, c.CDATA_SECTION_NODE))

for item in doc.getElementsByTagName("item"):
    enc = item.getElementsByTagName("enclosure")[0]
    desc = item.getElementsByTagName("description")[0]
    print(text_of(item.getElementsByTagName("title")[0]), enc.getAttribute("url"), int(enc.getAttribute("length")),
          repr(text_of(desc)), desc.firstChild.nodeName)

# structural navigation
first_item = channel.getElementsByTagName("item")[0]
print(repr(first_item.previousSibling.data), first_item.nextSibling.nextSibling.tagName)
print(first_item.parentNode.tagName, first_item.ownerDocument is doc, first_item.firstChild.nodeName)
elements = [n.tagName for n in channel.childNodes if n.nodeType == n.ELEMENT_NODE]
print(elements, len(channel.childNodes))
print(doc.firstChild.nodeName, repr(doc.firstChild.data))
print(doc.toxml()[:120])
print(channel.getElementsByTagName("item")[1].toxml())
print(minidom.parseString("<a>\n  <b>x</b>\n</a>").toprettyxml(indent="  "))

# bytes, files and encodings
d2 = minidom.parseString("<?xml version='1.0' encoding='iso-8859-1'?><p>caf\xe9</p>".encode("iso-8859-1"))
print(d2.documentElement.firstChild.data, d2.encoding, d2.version, d2.standalone)
d3 = minidom.parse(io.BytesIO(b"<list><i n='1'/><i n='2'/></list>"))
print([i.getAttribute("n") for i in d3.getElementsByTagName("i")], d3.toxml())
d4 = minidom.parseString("<!DOCTYPE note SYSTEM 'note.dtd'><note>&#x263A;&#169;</note>")
print(d4.doctype.name, d4.doctype.systemId, d4.doctype.publicId, d4.documentElement.firstChild.data)
print(d4.toxml())
print(d4.toxml(encoding="ascii"))

for bad in ["<a><b></a>", "", "<a>&bogus;</a>", "<a x='1' x='2'/>", "<p:a/>", "<a/><b/>"]:
    try:
        minidom.parseString(bad)
    except ExpatError as e:
        print(type(e).__name__, e, e.lineno, e.offset, e.code)
