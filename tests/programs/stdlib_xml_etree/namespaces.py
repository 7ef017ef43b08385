# Namespaced documents: Atom feed with extensions, prefixes and serialization.
import xml.etree.ElementTree as ET

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"
      xmlns:media="http://search.yahoo.com/mrss/"
      xmlns:dc="http://purl.org/dc/elements/1.1/">
  <title type="text">Photo stream</title>
  <entry>
    <title>Sunset</title>
    <dc:creator>Alice</dc:creator>
    <media:content url="http://img.example/1.jpg" medium="image" width="640"/>
    <link rel="alternate" href="http://example/1"/>
  </entry>
  <entry xml:lang="fr">
    <title>Lever du soleil</title>
    <dc:creator>Bob</dc:creator>
    <media:content url="http://img.example/2.jpg" medium="image" width="800"/>
    <media:content url="http://img.example/2.mp4" medium="video"/>
  </entry>
</feed>
"""

root = ET.fromstring(ATOM)
print(root.tag)
print([child.tag for child in root])
ns = {"a": "http://www.w3.org/2005/Atom", "media": "http://search.yahoo.com/mrss/", "dc": "http://purl.org/dc/elements/1.1/"}
for entry in root.findall("a:entry", ns):
    title = entry.findtext("a:title", namespaces=ns)
    creator = entry.find("dc:creator", ns).text
    media = [(m.get("medium"), m.get("url")) for m in entry.findall("media:content", ns)]
    print(title, "/", creator, "/", media, "/", entry.get("{http://www.w3.org/XML/1998/namespace}lang"))
print("images:", [m.get("width") for m in root.findall(".//media:content[@medium='image']", ns)])
print("wildcard:", [e.text for e in root.findall("{*}entry/{*}title")])
print("clark:", root.find("{http://www.w3.org/2005/Atom}title").attrib)
print("default ns:", [e.text for e in root.findall("entry/title", {"": "http://www.w3.org/2005/Atom"})])
print("any in media ns:", len(root.findall(".//{http://search.yahoo.com/mrss/}*")))
print("no ns tags:", root.findall("entry"))
try:
    root.findall("x:entry", ns)
except SyntaxError as e:
    print(type(e).__name__, e)

# serialization of namespaced trees
print(ET.tostring(root[1], encoding="unicode"))
ET.register_namespace("atom", "http://www.w3.org/2005/Atom")
ET.register_namespace("media", "http://search.yahoo.com/mrss/")
print(ET.tostring(root[1], encoding="unicode"))
try:
    ET.register_namespace("ns12", "http://x")
except ValueError as e:
    print("ValueError", e)

# building namespaced trees
SVG = "http://www.w3.org/2000/svg"
XLINK = "http://www.w3.org/1999/xlink"
svg = ET.Element(ET.QName(SVG, "svg"), width="100", height="50")
rect = ET.SubElement(svg, "{%s}rect" % SVG, x="1", y="2")
rect.set("fill", "red")
use = ET.SubElement(svg, "{%s}use" % SVG, {"{%s}href" % XLINK: "#r1"})
ET.SubElement(svg, "{urn:custom}meta").text = "custom"
print(ET.tostring(svg, encoding="unicode"))
try:
    ET.tostring(svg, encoding="unicode", default_namespace=SVG)
except ValueError as e:
    print("ValueError", e)
svg.remove(svg[-1])
g = ET.Element("{%s}g" % SVG)
ET.SubElement(g, "{%s}circle" % SVG, {"{%s}href" % XLINK: "#c"})
ET.SubElement(g, "{%s}title" % SVG).text = "Circle"
print(ET.tostring(g, encoding="unicode", default_namespace=SVG))
q = ET.QName(SVG, "rect")
print(q.text, str(q), q == "{%s}rect" % SVG, q == ET.QName("{%s}rect" % SVG), rect.tag == q.text)

# namespace events
import io
events = ET.iterparse(io.StringIO(ATOM), events=("start-ns", "end-ns"))
print([e for e in events])
