from html.parser import HTMLParser


class Trace(HTMLParser):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.log = []

    def handle_starttag(self, tag, attrs):
        self.log.append(("start", tag, attrs))

    def handle_startendtag(self, tag, attrs):
        self.log.append(("startend", tag, attrs))

    def handle_endtag(self, tag):
        self.log.append(("end", tag))

    def handle_data(self, data):
        self.log.append(("data", data))

    def handle_comment(self, data):
        self.log.append(("comment", data))

    def handle_decl(self, data):
        self.log.append(("decl", data))

    def handle_pi(self, data):
        self.log.append(("pi", data))

    def unknown_decl(self, data):
        self.log.append(("unknown", data))


cases = [
    "<div class='unclosed",
    "<a href=foo",
    "1 < 2 and 3 > 2",
    "x <",
    "</>empty end",
    "</ div>",
    "</3 bogus>",
    "<!bogus comment>",
    "<!-- unterminated comment",
    "<!-- spaced -- >after",
    "<!doctype HTML PUBLIC>",
    "<? pi without end",
    "<a b= 'x>",
    "<a b=='x>",
    "<input disabled value=a=b checked/>",
    "<p/class=x>",
    "<br/ >",
    "<a\x00b>",
    "<div id=\"a\"title='b'>",
    "</a foo='>'>rest",
    "<![if !IE]>ie<![endif]>",
    "<![CDATA[unterminated",
    "<img src='x'/",
    "&",
]
for c in cases:
    p = Trace()
    p.feed(c)
    before = list(p.log)
    p.close()
    print(repr(c))
    print("   feed :", before)
    print("   close:", p.log[len(before):])

for bad in ["<![foo bar]>", "<![ CDATA[x]]>"]:
    p = Trace()
    try:
        p.feed(bad)
        p.close()
        print("no error", p.log)
    except AssertionError as e:
        print(type(e).__name__, e, p.getpos())
