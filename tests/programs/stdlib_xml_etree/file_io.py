# Writing documents to files and reading them back with parse/iterparse.
import os
import tempfile
import xml.etree.ElementTree as ET

tmp = tempfile.mkdtemp()
path = os.path.join(tmp, "books.xml")

catalog = ET.Element("catalog")
for i, (title, author, year) in enumerate([("Dune", "Herbert", 1965), ("Neuromancer", "Gibson", 1984),
                                           ("Solaris", "Lem", 1961), ("Ubik", "Dick", 1969)]):
    b = ET.SubElement(catalog, "book", id="bk%03d" % (i + 1))
    ET.SubElement(b, "title").text = title
    ET.SubElement(b, "author").text = author
    ET.SubElement(b, "year").text = str(year)
ET.indent(catalog, space="\t")
tree = ET.ElementTree(catalog)
tree.write(path)
with open(path, "rb") as f:
    print(f.read().decode("ascii"))

tree.write(path, encoding="utf-8", xml_declaration=True)
with open(path, "rb") as f:
    print(f.readline())

tree.write(path, encoding="iso-8859-1")
with open(path, "rb") as f:
    print(f.readline())

loaded = ET.parse(path)
print(loaded.getroot().tag, len(loaded.getroot()))
old = [b.findtext("title") for b in loaded.iterfind("book") if int(b.findtext("year")) < 1970]
print("before 1970:", old)
print([(ev, el.tag) for ev, el in ET.iterparse(path, events=("start",))][:4])

with open(path, "rb") as f:
    t2 = ET.parse(f)
print(t2.find("book[@id='bk004']/author").text)

# text mode file with unicode encoding
upath = os.path.join(tmp, "u.xml")
with open(upath, "w", encoding="utf-8") as f:
    ET.ElementTree(ET.fromstring("<t>Zürich — 東京</t>")).write(f, encoding="unicode")
with open(upath, encoding="utf-8") as f:
    print(f.read())
print(ET.parse(upath).getroot().text)

tree3 = ET.ElementTree()
print(tree3.getroot())
tree3.parse(path)
print(tree3.getroot().tag, tree3.getroot()[0].get("id"))
for name in os.listdir(tmp):
    os.remove(os.path.join(tmp, name))
os.rmdir(tmp)
try:
    ET.parse(os.path.join(tmp, "missing.xml"))
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
