from html.parser import HTMLParser


class Trace(HTMLParser):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.log = []

    def handle_starttag(self, tag, attrs):
        self.log.append("start:%s %r" % (tag, attrs))

    def handle_endtag(self, tag):
        self.log.append("end:%s" % tag)

    def handle_data(self, data):
        self.log.append("data:%r" % data)

    def handle_comment(self, data):
        self.log.append("comment:%r" % data)


docs = [
    '<script type="text/javascript">if (a < b && c > d) { x = "</p>"; }</script>after',
    "<style>p > a { color: red; } /* <b> */</style><p>x</p>",
    "<SCRIPT>var s = '&amp;';</Script >done",
    "<script>document.write('<!-- not a comment -->')</script>",
    "<script>unterminated <b>text",
    "<textarea><b>&amp;</b></textarea>",
    "<script>a</scriptx>b</script>c",
]
for d in docs:
    for convert in (True, False):
        p = Trace(convert_charrefs=convert)
        p.feed(d)
        p.close()
        print(convert, p.log)

print("incremental script:")
p = Trace()
for chunk in ["<scr", "ipt>var x = 1 <", "/scr", "ipt>", "<p>done</p>"]:
    p.feed(chunk)
    print("  ", repr(chunk), p.log, repr(p.rawdata), p.cdata_elem)
p.close()
print("  ", p.log)
