from html.parser import HTMLParser


class Refs(HTMLParser):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.out = []

    def handle_data(self, data):
        self.out.append(("data", data))

    def handle_entityref(self, name):
        self.out.append(("entity", name))

    def handle_charref(self, name):
        self.out.append(("charref", name))

    def handle_starttag(self, tag, attrs):
        self.out.append(("start", tag, attrs))


samples = [
    "Fish &amp; chips &lt;3",
    "&#65;&#x42;&#X43;&#1234567; end",
    "AT&T &unknown; &amp",
    "x &notin; y &not z",
    "tail &a",
    "bare & sign & more",
    "&#123abc; <b>bold</b>",
    "<a title='&quot;q&quot; &amp; &#39;' href=\"?a=1&b=2\">",
]
for convert in (True, False):
    print("convert_charrefs =", convert)
    for s in samples:
        p = Refs(convert_charrefs=convert)
        p.feed(s)
        p.close()
        print("  ", repr(s), "->", p.out)

print("chunked:")
p = Refs()
for piece in ["caf", "&eac", "ute; ", "&#x", "263A; ok"]:
    p.feed(piece)
    print("  after", repr(piece), p.out)
p.close()
print("  closed", p.out)
