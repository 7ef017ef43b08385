from urllib.parse import urlsplit, urlunsplit, urlparse, urlunparse, urljoin

# round trips
for url in ["http://a/b/c?d#e", "http://a", "mailto:x@y", "file:///tmp/f",
            "file:/tmp/f", "//h/p", "a/b", "http:/p", "http:p", "svn+ssh://h/r",
            "http://h/p;x;y?q", "tel:123;phone-context=x", "git://h:p", "x://h"]:
    s = urlsplit(url)
    p = urlparse(url)
    print(f"{url!r:28} {urlunsplit(s)!r:28} {urlunparse(p)!r}")

print(urlunsplit(("http", "h", "p", "q", "f")))
print(urlunsplit(("http", "", "p", "", "")))
print(urlunsplit(("http", "", "//p", "", "")))
print(urlunsplit(("mailto", "", "a@b", "", "")))
print(urlunsplit(("", "", "", "", "")))
print(urlunsplit(["", "h", "", "", ""]))
print(urlunsplit(("https", None, "x", None, None)))
print(urlunparse(("http", "h", "/p", "par", "q", "f")))
print(urlunparse(("", "", "p", "par", "", "")))
print(urlunsplit((b"http", b"h", b"/p", b"", b"f")))
for bad in [("http", "h", "/p"), ("a", "b", "c", "d", "e", "f"), ("http", b"h", "", "", "")]:
    try:
        print(urlunsplit(bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    urlunparse(("a", "b", "c", "d", "e"))
except ValueError as e:
    print(type(e).__name__, e)

# RFC 3986 section 5.4 examples
base = "http://a/b/c/d;p?q"
normal = ["g:h", "g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s",
          "g?y#s", ";x", "g;x", "g;x?y#s", "", ".", "./", "..", "../",
          "../g", "../..", "../../", "../../g"]
abnormal = ["../../../g", "../../../../g", "/./g", "/../g", "g.", ".g", "g..",
            "..g", "./../g", "./g/.", "g/./h", "g/../h", "g;x=1/./y",
            "g;x=1/../y", "g?y/./x", "g?y/../x", "g#s/./x", "g#s/../x", "http:g"]
for ref in normal + abnormal:
    print(f"{ref!r:16} -> {urljoin(base, ref)!r}")

# other bases and schemes
cases = [
    ("http://a/b/c/", "d/e"), ("http://a/b/c", "d/e"), ("http://a", "b"),
    ("http://a", "../b"), ("http://a/b//c/d", "e"), ("http://a/b//c/d", "../../e"),
    ("http://a/b/c", "//other/x"), ("http://a/b", "https://c/d"),
    ("http://a/b", "HTTP:x"), ("ftp://a/b/c", "d"), ("mailto:a@b", "c"),
    ("foo://a/b", "c"), ("file:///tmp/a/b", "../c"), ("svn+ssh://h/r/t", "x"),
    ("http://a/b?q#f", "#g"), ("http://a/b?q#f", "?r"), ("http://a/b;p", ";q"),
    ("", "x/y"), ("http://a/b", ""), ("x/y/z", "../w"), ("/a/b/c", "d"),
    ("http://a/b/c", "g/../../../../h"), ("http://a/b/", "./"),
]
for b, u in cases:
    print(f"{b!r:22} + {u!r:18} -> {urljoin(b, u)!r}")
print(urljoin("http://a/b#f", "#g", allow_fragments=False))
print(urljoin(b"http://a/b/c", b"../d"), urljoin(b"", b"x"))
for args in [("http://a/", b"b"), (b"http://a/", "b")]:
    try:
        urljoin(*args)
    except TypeError as e:
        print(type(e).__name__, e)
