# Serialization details: escaping, methods, encodings, comments, the Element API.
import copy
import io
import xml.etree.ElementTree as ET

e = ET.Element("msg", {"title": 'He said "hi" & <left>', "multi": "line1\nline2\tx\ry"})
e.text = "5 < 6 & 7 > 3 \"quoted\" 'single'"
e.tail = "ignored at top?"
print(ET.tostring(e))
print(ET.tostring(e, encoding="unicode"))
print(ET.tostring(e, method="html"))
print(ET.tostring(e, method="text"))
e.tail = None
print(ET.fromstring(ET.tostring(e)).attrib)

u = ET.Element("word")
u.text = "naïve café ☕"
print(ET.tostring(u))
print(ET.tostring(u, encoding="utf-8"))
print(ET.tostring(u, encoding="UTF-8"))
print(ET.tostring(u, encoding="iso-8859-1"))
print(ET.tostring(u, encoding="unicode", xml_declaration=True))
print(ET.tostring(u, encoding="us-ascii", xml_declaration=True))
print(ET.tostringlist(u, encoding="unicode"))

doc = ET.Element("page")
doc.append(ET.Comment(" generated "))
doc.append(ET.ProcessingInstruction("xml-stylesheet", 'href="style.css"'))
body = ET.SubElement(doc, "body")
ET.SubElement(body, "br")
img = ET.SubElement(body, "img", src="a.png", alt='x > "y"')
p = ET.SubElement(body, "p")
p.text = "para"
ET.SubElement(body, "script").text = "if (a < b && c) {}"
ET.SubElement(body, "empty")
print(ET.tostring(doc, encoding="unicode"))
print(ET.tostring(doc, encoding="unicode", short_empty_elements=False))
print(ET.tostring(doc, encoding="unicode", method="html"))
print(repr(ET.tostring(doc, encoding="unicode", method="text")))
for fmt in ("xml", "html", "text"):
    buf = io.BytesIO()
    ET.ElementTree(body).write(buf, method=fmt)
    print(fmt, buf.getvalue())
try:
    ET.tostring(doc, method="yaml")
except ValueError as ex:
    print("ValueError", ex)

# element API
root = ET.Element("list")
items = [ET.Element("item", n=str(i)) for i in range(5)]
root.extend(items)
root.insert(0, ET.Element("first"))
print(len(root), [c.tag for c in root], root[1].get("n"), root[-1].get("n"))
print([c.get("n") for c in root[2:4]])
root.remove(items[2])
del root[0]
root[0] = ET.Element("replaced")
print([c.tag + (c.get("n") or "") for c in root])
root[1:3] = [ET.Element("x"), ET.Element("y"), ET.Element("z")]
print([c.tag for c in root], list(root.keys()))
for bad in (lambda: root.append("text"), lambda: root.remove(ET.Element("nope")), lambda: root[42],
            lambda: ET.Element("a", attrib="x=1"), lambda: root.insert(0, 5)):
    try:
        bad()
    except (TypeError, ValueError, IndexError) as ex:
        print(type(ex).__name__, ex)
shallow = copy.copy(root)
deep = copy.deepcopy(root)
root[0].set("changed", "yes")
print(shallow[0].get("changed"), deep[0].get("changed"), len(shallow), len(deep))
made = root.makeelement("made", {"a": "1"})
print(made.tag, made.attrib, len(root))
root.clear()
print(len(root), root.attrib, root.text, root.tag)
print(ET.iselement(root), ET.iselement("root"))
el = ET.Element("a", {"x": "1"}, y="2")
el.attrib["z"] = "3"
print(el.attrib, el.get("x"), el.get("q", "dflt"), sorted(el.keys()), ET.tostring(el))

rid, ids = ET.XMLID('<doc><sec id="intro">I</sec><sec id="end">E</sec><sec>no id</sec></doc>')
print(rid.tag, sorted(ids), ids["end"].text)
print(ET.tostring(ET.fromstringlist(["<a>", "<b>1</b>", "<c/>", "</a>"])))
print(ET.tostring(ET.XML("<a><b>x</b>tail<c/></a>")[0]))
ET.dump(ET.fromstring("<a><b>text</b></a>"))
tree = ET.ElementTree(ET.fromstring("<r><s/></r>"))
ET.dump(tree)
c = ET.Comment("note")
print(c.tag is ET.Comment, c.text, ET.tostring(c), ET.tostring(ET.PI("go")), ET.PI is ET.ProcessingInstruction)
