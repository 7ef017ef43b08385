import html

samples = ['plain text', '<a href="x">Tom & Jerry\'s</a>', '&amp; already', '', "'\"<>&",
           'café → naïve', 'x < y && y > z']
for s in samples:
    print(repr(html.escape(s)), repr(html.escape(s, quote=False)), repr(html.escape(s, False)))

def render_row(cells):
    return '<tr>' + ''.join('<td title="%s">%s</td>' % (html.escape(c), html.escape(c, False))
                            for c in cells) + '</tr>'

row = render_row(['<b>bold</b>', 'O\'Reilly & Sons', '"quoted"'])
print(row)
print(html.unescape(row))
for s in samples:
    assert html.unescape(html.escape(s)) == s
print('round trip ok')
for bad in [5, None, b'<b>']:
    try:
        html.escape(bad)
    except Exception as e:
        print(type(e).__name__, e)
    try:
        print(repr(html.unescape(bad)))
    except Exception as e:
        print(type(e).__name__, e)
print(sorted(html.__all__))
