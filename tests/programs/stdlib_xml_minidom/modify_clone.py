# Editing parsed documents: insert, replace, remove, clone and normalize.
from xml.dom import minidom
import xml.dom

doc = minidom.parseString("<menu><dish id='1'>Soup</dish><dish id='2'>Fish</dish><dish id='3'>Cake</dish></menu>")
menu = doc.documentElement
dishes = menu.getElementsByTagName("dish")

salad = doc.createElement("dish")
salad.setAttribute("id", "1b")
salad.appendChild(doc.createTextNode("Salad"))
menu.insertBefore(salad, dishes[1])
print(menu.toxml())

wine = doc.createElement("drink")
wine.appendChild(doc.createTextNode("Wine"))
old = menu.replaceChild(wine, dishes[2])
print(old.toxml(), old.parentNode, menu.toxml())

removed = menu.removeChild(dishes[0])
print(removed.firstChild.data, menu.firstChild.getAttribute("id"))
menu.appendChild(removed)
print([n.firstChild.data for n in menu.childNodes])
menu.insertBefore(doc.createComment("specials"), None)
menu.appendChild(menu.firstChild)
print(menu.toxml())

try:
    menu.removeChild(doc.createElement("ghost"))
except xml.dom.NotFoundErr as e:
    print("NotFoundErr", e.code)
try:
    menu.insertBefore(doc.createElement("x"), doc.createElement("not-child"))
except xml.dom.NotFoundErr:
    print("NotFoundErr on insertBefore")
try:
    menu.firstChild.firstChild.appendChild(doc.createElement("x"))
except xml.dom.HierarchyRequestErr as e:
    print("HierarchyRequestErr", e)

deep = menu.cloneNode(True)
shallow = menu.cloneNode(False)
print(deep.toxml() == menu.toxml(), shallow.toxml(), deep.parentNode, len(deep.childNodes))
deep.firstChild.setAttribute("id", "X")
print(menu.firstChild.getAttribute("id"), deep.firstChild.getAttribute("id"))

frag = doc.createDocumentFragment()
for name in ("Tea", "Coffee"):
    d = frag.appendChild(doc.createElement("drink"))
    d.appendChild(doc.createTextNode(name))
menu.appendChild(frag)
print(len(frag.childNodes), [n.toxml() for n in menu.getElementsByTagName("drink")])

p = doc.createElement("p")
for piece in ("Hello", ", ", "", "world"):
    p.appendChild(doc.createTextNode(piece))
print(len(p.childNodes))
p.normalize()
print(len(p.childNodes), p.firstChild.data)
t = p.firstChild.splitText(5)
print(p.firstChild.data, "|", t.data, len(p.childNodes), p.lastChild is t)

copy = doc.cloneNode(True)
copy.documentElement.setAttribute("lang", "en")
print(copy.toxml())
print(doc.toxml())
print(doc.documentElement.toprettyxml(indent=" ", newl="\n"))
cd = doc.createCDATASection("bad ]]> here")
try:
    cd.toxml()
except ValueError as e:
    print("ValueError", e)
attr = doc.createAttribute("data-x")
attr.value = "42"
menu.setAttributeNode(attr)
print(menu.getAttribute("data-x"), menu.getAttributeNode("data-x").ownerElement.tagName, attr.name, attr.nodeValue)
