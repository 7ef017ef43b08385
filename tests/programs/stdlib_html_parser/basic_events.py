from html.parser import HTMLParser


class Recorder(HTMLParser):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.events = []

    def handle_starttag(self, tag, attrs):
        self.events.append(("start", tag, attrs, self.getpos()))

    def handle_endtag(self, tag):
        self.events.append(("end", tag, self.getpos()))

    def handle_startendtag(self, tag, attrs):
        self.events.append(("startend", tag, attrs))

    def handle_data(self, data):
        self.events.append(("data", data))

    def handle_comment(self, data):
        self.events.append(("comment", data))

    def handle_decl(self, decl):
        self.events.append(("decl", decl))

    def handle_pi(self, data):
        self.events.append(("pi", data))

    def unknown_decl(self, data):
        self.events.append(("unknown_decl", data))


DOC = """<!DOCTYPE html>
<html lang="en">
<head><meta charset=utf-8><title>Caf&eacute; &amp; Bar</title></head>
<BODY Class='main' data-X="1 &lt; 2" hidden>
<!-- navigation -->
<p>Hello <b>world</b>!<br/>Line two &copy; 2024 &#8364;5 &#x41;</p>
<img src="a.png" alt=''/>
<?xml-stylesheet href="s.css"?>
<![CDATA[raw <stuff>]]>
</body></html>
"""

p = Recorder()
p.feed(DOC)
p.close()
for ev in p.events:
    print(ev)

print("--- default handlers")
plain = HTMLParser()
plain.feed(DOC)
plain.close()
print(plain.getpos(), repr(plain.get_starttag_text()))
