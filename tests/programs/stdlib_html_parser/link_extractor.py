from html.parser import HTMLParser


class LinkExtractor(HTMLParser):
    """Collect links, headings and the text outline of a page."""

    def __init__(self):
        super().__init__()
        self.links = []
        self.headings = []
        self._in_heading = None
        self._text = []
        self.depth = 0
        self.outline = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "a" and "href" in attrs:
            self.links.append((attrs["href"], attrs.get("title"), self.getpos()))
        if tag in ("h1", "h2", "h3"):
            self._in_heading = tag
            self._text = []
        self.outline.append("  " * self.depth + tag + (" " + self.get_starttag_text() if attrs else ""))
        if tag not in ("br", "img", "meta", "input"):
            self.depth += 1

    def handle_endtag(self, tag):
        if tag == self._in_heading:
            self.headings.append((tag, "".join(self._text).strip()))
            self._in_heading = None
        self.depth = max(0, self.depth - 1)

    def handle_data(self, data):
        if self._in_heading:
            self._text.append(data)


page = """<html><body>
<h1>Welcome to   <em>Caf&eacute;</em></h1>
<ul>
  <li><a href="/menu" title="Our &quot;menu&quot;">Menu</a></li>
  <li><A HREF='https://example.com/?q=1&amp;r=2'>Search</A></li>
  <li><a name="anchor">no href</a></li>
</ul>
<h2>Contact</h2><p>Call <a href=tel:123>us</a><br>today</p>
<input type=text disabled>
</body></html>"""

ex = LinkExtractor()
for i in range(0, len(page), 37):
    ex.feed(page[i:i + 37])
ex.close()
for link in ex.links:
    print("link", link)
for h in ex.headings:
    print("heading", h)
print("\n".join(ex.outline))

ex.reset()
print(ex.getpos(), repr(ex.rawdata), ex.lasttag)
ex.feed("<b>x</b>")
print(ex.getpos(), ex.outline[-1])
