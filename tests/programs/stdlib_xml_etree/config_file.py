# Reading, editing and re-serializing an application configuration file.
import io
import xml.etree.ElementTree as ET

CONFIG = b"""<?xml version="1.0" encoding="UTF-8"?>
<!-- application settings -->
<config version="2.1">
  <database engine="postgres">
    <host>db.example.com</host>
    <port>5432</port>
    <name>inventory</name>
    <options timeout="30" ssl='true'/>
  </database>
  <logging level="INFO">
    <handler type="file" path="/var/log/app.log"/>
    <handler type="console"/>
  </logging>
  <features>
    <feature name="search" enabled="yes"/>
    <feature name="export" enabled="no"/>
    <feature name="reports" enabled="yes">Monthly &amp; weekly</feature>
  </features>
</config>
"""

tree = ET.parse(io.BytesIO(CONFIG))
root = tree.getroot()
print("root:", root.tag, root.attrib)
db = root.find("database")
print("engine:", db.get("engine"))
print("host:", db.findtext("host"), "port:", int(db.findtext("port")))
print("missing:", db.findtext("user"), db.findtext("user", "postgres"))
opts = db.find("options")
print("options:", sorted(opts.keys()), list(opts.items()))
print("ssl:", opts.get("ssl") == "true", "retries:", opts.get("retries", "3"))

for h in root.iter("handler"):
    print("handler", h.get("type"), h.get("path"))

enabled = [f.get("name") for f in root.findall("features/feature") if f.get("enabled") == "yes"]
print("enabled:", enabled)
print("reports text:", repr(root.find("features/feature[@name='reports']").text))
print("len(features):", len(root.find("features")), "children of root:", [c.tag for c in root])

# modify
db.find("port").text = "6543"
opts.set("timeout", "60")
new = ET.SubElement(root.find("features"), "feature", name="audit", enabled="yes")
new.text = "Audit <trail>"
root.find("logging").remove(root.find("logging/handler[@type='console']"))
root.set("version", "2.2")

out = io.BytesIO()
tree.write(out, encoding="utf-8", xml_declaration=True)
print(out.getvalue().decode("utf-8"))

# normalize whitespace then pretty print
for elem in root.iter():
    if elem.text is not None and not elem.text.strip():
        elem.text = None
    elem.tail = None
ET.indent(tree, space="    ")
print(ET.tostring(root, encoding="unicode"))

# round trip check
again = ET.fromstring(ET.tostring(root))
print(again.find("database/port").text, again.find(".//feature[@name='audit']").text)
print(ET.tostring(again.find("database/options")))
s = io.StringIO()
ET.ElementTree(again.find("logging")).write(s, encoding="unicode")
print(s.getvalue())
