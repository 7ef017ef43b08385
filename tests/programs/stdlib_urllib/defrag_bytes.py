from urllib.parse import (urldefrag, urlsplit, urlparse, urljoin, urlunsplit,
                          DefragResult, SplitResult, ParseResult,
                          DefragResultBytes, SplitResultBytes, ParseResultBytes)

for url in ["http://a/b#frag", "http://a/b;p?q#f", "http://a/b?q", "x#y#z",
            "#only", "http://a/b#", "mailto:a@b#x", ""]:
    d = urldefrag(url)
    print(repr(url), d, d.url, d.fragment, repr(d.geturl()))
d = urldefrag(b"http://a/b#frag")
print(d, d.geturl(), type(d).__name__)

# str <-> bytes conversion of results
s = urlsplit("https://user:pw@host:81/p?q#f")
sb = s.encode()
print(sb, type(sb).__name__, sb.hostname, sb.port, sb.username, sb.password)
print(sb.decode() == s, type(sb.decode()).__name__, sb.geturl())
print(urlparse("http://h/p;x").encode("utf-8"), urldefrag("a#b").encode())
print(ParseResultBytes(b"http", b"h", b"/", b"", b"", b"").decode("ascii"))
try:
    urlsplit("http://h/é").encode()
except UnicodeEncodeError as e:
    print(type(e).__name__, e.reason)
try:
    urlsplit(b"http://h/\xc3\xa9")
except UnicodeDecodeError as e:
    print(type(e).__name__, e.reason)

# bytes in, bytes out
print(urlsplit(b"http://h/p?q#f"))
print(urlparse(b"http://h/p;a?q#f"))
print(urljoin(b"http://h/a/b", b"c"))
print(urlunsplit((b"http", b"h", b"/p", b"q", b"")))
print(urlsplit(b""), urlsplit(None))
print(urlsplit(b"x", b"ftp"), urlsplit(b"x", ""))

# mixing types
for call in [lambda: urlsplit("http://h/", b"ftp"), lambda: urlsplit(b"x", "ftp"),
             lambda: urljoin("a", b"b"), lambda: urlunsplit(("a", b"b", "", "", "")),
             lambda: urlsplit(5), lambda: urlparse("x", None)]:
    try:
        print(call())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)

# the result classes
print(issubclass(SplitResult, tuple), SplitResult._fields, ParseResult._fields,
      DefragResult._fields)
print(SplitResult("http", "h", "/", "", "").geturl(), DefragResult("u", "").geturl())
print(SplitResultBytes(b"http", b"h", b"/", b"", b"").geturl())
print(DefragResultBytes(b"u", b"f").geturl())
print(SplitResult._make(["a", "b", "c", "d", "e"]))
try:
    SplitResult("http")
except TypeError as e:
    print(type(e).__name__, e)
