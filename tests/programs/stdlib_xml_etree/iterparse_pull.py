# Incremental parsing: iterparse, XMLPullParser and custom parser targets.
import io
import xml.etree.ElementTree as ET

LOG = b"""<?xml version="1.0"?>
<log xmlns:x="urn:extra">
  <!-- started -->
  <entry level="info"><msg>boot</msg></entry>
  <entry level="warn"><msg>disk 91%</msg><x:host>srv1</x:host></entry>
  <?checkpoint id="7"?>
  <entry level="error"><msg>crash &amp; burn</msg></entry>
</log>
"""

for event, elem in ET.iterparse(io.BytesIO(LOG)):
    print("end", elem.tag, repr(elem.text))

it = ET.iterparse(io.BytesIO(LOG), events=("start", "end", "start-ns", "end-ns", "comment", "pi"))
for event, obj in it:
    if event in ("start", "end"):
        print(event, obj.tag, obj.attrib)
    elif event == "comment":
        print(event, repr(obj.text), obj.tag is ET.Comment)
    elif event == "pi":
        print(event, repr(obj.text), obj.tag is ET.PI)
    else:
        print(event, obj)
print("root:", it.root.tag, len(it.root))

# count errors streaming and clearing elements
levels = {}
for event, elem in ET.iterparse(io.BytesIO(LOG), events=("end",)):
    if elem.tag == "entry":
        levels[elem.get("level")] = elem.findtext("msg")
        elem.clear()
print(levels)

# pull parser fed in small chunks
pp = ET.XMLPullParser(events=("start", "end"))
chunks = [LOG[i:i + 7] for i in range(0, len(LOG), 7)]
seen = []
for chunk in chunks:
    pp.feed(chunk)
    for event, elem in pp.read_events():
        seen.append((event, elem.tag))
pp.close()
seen.extend((e, el.tag) for e, el in pp.read_events())
print(len(chunks), seen)

# errors are reported from read_events
pp = ET.XMLPullParser()
pp.feed("<a><b/>")
print([(e, el.tag) for e, el in pp.read_events()])
pp.feed("</c>")
try:
    list(pp.read_events())
except ET.ParseError as e:
    print("ParseError", e)
try:
    ET.XMLPullParser(events=("bogus",))
except ValueError as e:
    print("ValueError", e)

# a custom target computing statistics
class Stats:
    def __init__(self):
        self.depth = self.maxdepth = 0
        self.tags = []
        self.text = []
    def start(self, tag, attrib):
        self.depth += 1
        self.maxdepth = max(self.maxdepth, self.depth)
        self.tags.append(tag)
    def end(self, tag):
        self.depth -= 1
    def data(self, data):
        if data.strip():
            self.text.append(data)
    def comment(self, text):
        self.tags.append("#comment")
    def pi(self, target, data):
        self.tags.append("#pi:" + target)
    def close(self):
        return (self.maxdepth, self.tags, "".join(self.text))

parser = ET.XMLParser(target=Stats())
parser.feed(LOG)
print(parser.close())

class Echo:
    def start(self, tag, attrib):
        print("start", tag, attrib)
    def end(self, tag):
        print("end", tag)
    def data(self, data):
        print("data", repr(data))
    def start_ns(self, prefix, uri):
        print("start-ns", repr(prefix), uri)
    def end_ns(self, prefix):
        print("end-ns", repr(prefix))
    def close(self):
        return "done"

p = ET.XMLParser(target=Echo())
p.feed("<r xmlns='urn:d' a='1'>x &lt; y<![CDATA[<raw>]]>\n<s/>")
p.feed("</r>")
print(p.close())

tb = ET.TreeBuilder(insert_comments=True, insert_pis=True)
p = ET.XMLParser(target=tb)
p.feed("<!-- outside --><doc><!-- inside --><?target data?>tail</doc>")
doc = p.close()
print(ET.tostring(doc), [c.tag is ET.Comment for c in doc])

tb = ET.TreeBuilder()
tb.start("root", {"k": "v"})
tb.data("hello")
tb.start("child", {})
tb.end("child")
tb.data(" world")
tb.end("root")
print(ET.tostring(tb.close()))
