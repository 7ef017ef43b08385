# Building DOM documents from scratch and serializing them.
from xml.dom import minidom
import xml.dom

impl = minidom.getDOMImplementation()
doc = impl.createDocument(None, "orders", None)
root = doc.documentElement
root.setAttribute("generated", "2024-02-01")
root.appendChild(doc.createComment(" daily export "))
orders = [("1001", "Ann", [("pen", 3, "1.20"), ("ink", 1, "4.00")]),
          ("1002", "Björn & Co", [("paper <A4>", 10, "0.05")])]
for oid, customer, lines in orders:
    o = doc.createElement("order")
    o.setAttribute("id", oid)
    c = doc.createElement("customer")
    c.appendChild(doc.createTextNode(customer))
    o.appendChild(c)
    for name, qty, price in lines:
        line = doc.createElement("line")
        line.setAttribute("qty", str(qty))
        line.setAttribute("price", price)
        line.appendChild(doc.createTextNode(name))
        o.appendChild(line)
    o.appendChild(doc.createElement("notes"))
    root.appendChild(o)
root.appendChild(doc.createProcessingInstruction("checksum", "abc123"))
cdata = doc.createElement("raw")
cdata.appendChild(doc.createCDATASection("<keep> & 'as is'"))
root.appendChild(cdata)

print(doc.toxml())
print(doc.toprettyxml(indent="  "))
print(doc.toprettyxml(indent="\t", newl="\n", encoding="utf-8"))
print(doc.toxml(encoding="ascii"))
print(doc.toxml(standalone=True)[:60])
print(root.firstChild.toxml(), repr(root.lastChild.toprettyxml()))
print(root.getElementsByTagName("order")[1].toprettyxml(indent=". "))

print(root.tagName, root.nodeName, root.nodeType == xml.dom.Node.ELEMENT_NODE, root.nodeValue)
print([n.nodeName for n in root.childNodes])
print(root.childNodes.length, root.childNodes.item(1).getAttribute("id"), root.childNodes.item(99))
lines = doc.getElementsByTagName("line")
print(len(lines), [l.firstChild.data for l in lines], [l.getAttribute("qty") for l in lines])
total = sum(int(l.getAttribute("qty")) * float(l.getAttribute("price")) for l in lines)
print("total %.2f" % total)
first = root.getElementsByTagName("order")[0]
print(first.hasAttribute("id"), first.hasAttribute("status"), repr(first.getAttribute("status")))
first.setAttribute("status", "shipped")
first.setAttribute("id", "1001-A")
print(first.attributes.items(), first.attributes.length, first.attributes["status"].value)
first.removeAttribute("status")
print(first.attributes.keys())
try:
    first.removeAttribute("status")
except xml.dom.NotFoundErr as e:
    print("NotFoundErr", repr(str(e)), e.code)
try:
    doc.appendChild(doc.createElement("second"))
except xml.dom.HierarchyRequestErr as e:
    print("HierarchyRequestErr", e)
try:
    doc.createComment("a -- b").toxml()
except ValueError as e:
    print("ValueError", e)
t = doc.createTextNode("x < y")
print(t.nodeName, t.nodeType, t.data, t.nodeValue, t.length, t.toxml(), t.parentNode)
print(doc.nodeName, doc.nodeType, doc.parentNode, doc.documentElement.tagName, doc.doctype)

doc2 = minidom.Document()
html = doc2.appendChild(doc2.createElementNS(xml.dom.XHTML_NAMESPACE, "html"))
html.setAttribute("xmlns", xml.dom.XHTML_NAMESPACE)
body = html.appendChild(doc2.createElement("body"))
body.appendChild(doc2.createTextNode("Hello"))
print(doc2.toxml())
print(html.namespaceURI, html.localName, html.prefix, body.namespaceURI)
doc.unlink()
