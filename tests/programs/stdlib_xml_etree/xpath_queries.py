# The ElementPath subset: searching an inventory with find/findall/iterfind.
import xml.etree.ElementTree as ET

INVENTORY = """
<inventory>
  <warehouse city="Oslo" code="OSL">
    <product sku="A1" category="tools"><name>Hammer</name><qty>12</qty><price>9.50</price></product>
    <product sku="A2" category="tools"><name>Saw</name><qty>0</qty><price>19.00</price></product>
    <product sku="B7" category="garden"><name>Rake</name><qty>5</qty><tags><tag>outdoor</tag></tags></product>
  </warehouse>
  <warehouse city="Bergen" code="BGO">
    <product sku="A1" category="tools"><name>Hammer</name><qty>3</qty><price>9.75</price></product>
    <product sku="C3" category="kitchen"><name>Kettle</name><qty>8</qty></product>
  </warehouse>
  <note>Counts as of <date>2024-01-31</date>.</note>
</inventory>
"""

root = ET.fromstring(INVENTORY)

def show(path):
    try:
        found = root.findall(path)
    except SyntaxError as e:
        print("%-45s %s: %s" % (path, type(e).__name__, e))
        return
    out = []
    for e in found:
        label = e.get("sku") or e.get("city") or e.text or ""
        out.append("%s:%s" % (e.tag, label.strip()))
    print("%-45s %s" % (path, out))

for path in [
    "warehouse", "warehouse/product", "*/product/name", ".//name", ".//product[@category='tools']",
    ".//product[@category!='tools']", "warehouse[@city='Bergen']/product", ".//product[price]",
    ".//product[qty='0']", ".//product[tags]/name", "warehouse/product[1]", "warehouse/product[last()]",
    "warehouse/product[last()-1]", "warehouse[2]/product[2]/name", ".//tag/../..", ".", "./note/date",
    "*", "./*/*[@sku='A1']", ".//product[@sku]/qty", "warehouse/", ".//product[name='Saw']/..",
    ".//*[@code]", ".//product[.='Kettle8']", "warehouse/product[@sku='A1'][1]", "nothing/here",
    "/inventory", ".//product[@sku=A1]",
]:
    show(path)

print(root.find("warehouse").get("city"), root.find("missing"))
print(root.findtext("note"), root.findtext("note/date"), repr(root.findtext("warehouse")))
print(root.findtext("warehouse/nothing", default="n/a"))
print([p.get("sku") for p in root.iterfind(".//product")])
total = sum(int(q.text) for q in root.iterfind(".//qty"))
print("total qty:", total)
prices = {p.findtext("name"): float(p.findtext("price", "0")) for p in root.iter("product")}
print(sorted(prices.items()))
print([e.tag for e in root.iter() if e.tag not in ("qty", "price", "name")])
print(list(root.find("note").itertext()))
print([e.tag for e in root.find("warehouse").iter("*")][:6])
tree = ET.ElementTree(root)
print(len(tree.findall(".//product")), tree.findtext(".//name"), tree.find("note/date").text)
print([w.get("code") for w in tree.iterfind("warehouse")])
