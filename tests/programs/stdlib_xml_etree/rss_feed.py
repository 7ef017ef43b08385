# Building an RSS 2.0 feed, serializing it and reading it back.
import xml.etree.ElementTree as ET

items = [
    ("Release 1.0 is out", "https://example.org/r1", "Big release: <b>faster</b> & smaller", "Mon, 01 Jan 2024 10:00:00 GMT", ["news", "release"]),
    ("Security fix", "https://example.org/sec?id=3&lang=en", 'Fixes "CVE" issue', "Tue, 02 Jan 2024 11:30:00 GMT", ["security"]),
    ("Café meetup", "https://example.org/cafe", "Join us at the café — free coffee", "Wed, 03 Jan 2024 18:00:00 GMT", []),
]

rss = ET.Element("rss", version="2.0")
channel = ET.SubElement(rss, "channel")
ET.SubElement(channel, "title").text = "Example News"
ET.SubElement(channel, "link").text = "https://example.org/"
ET.SubElement(channel, "description").text = "All the news that fits"
for title, link, desc, date, cats in items:
    item = ET.SubElement(channel, "item")
    ET.SubElement(item, "title").text = title
    ET.SubElement(item, "link").text = link
    ET.SubElement(item, "description").text = desc
    ET.SubElement(item, "pubDate").text = date
    for c in cats:
        ET.SubElement(item, "category", {"domain": "tags"}).text = c
    ET.SubElement(item, "guid", isPermaLink="false").text = link.rsplit("/", 1)[-1]

data = ET.tostring(rss)
print(type(data).__name__, len(data))
print(data.decode("ascii"))
print(ET.tostring(rss, encoding="utf-8", xml_declaration=True)[:120])
text = ET.tostring(rss, encoding="unicode")
print(text[:80])

ET.indent(rss)
pretty = ET.tostring(rss, encoding="unicode")
print(pretty)

parsed = ET.fromstring(pretty.encode("utf-8"))
for item in parsed.iterfind("channel/item"):
    cats = [c.text for c in item.findall("category")]
    print("-", item.findtext("title"), "|", item.findtext("link"), "|", cats, "|", item.find("guid").attrib)
print("descriptions:", [d.text for d in parsed.iter("description")])
print("with categories:", [i.findtext("title") for i in parsed.findall(".//item[category]")])
print("security:", [i.findtext("pubDate") for i in parsed.findall(".//item[category='security']")])
print("last item:", parsed.find("channel/item[last()]/title").text)
print("second item:", parsed.find("channel/item[2]/title").text)
print("count:", len(parsed.findall(".//item")), len(list(parsed.iter())))
print("itertext:", "".join(parsed.find("channel/item/description").itertext()))
