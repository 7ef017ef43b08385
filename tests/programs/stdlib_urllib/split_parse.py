from urllib.parse import urlsplit, urlparse

urls = [
    "https://user:secret@www.Example.com:8443/a/b/c.html;type=x?q=1&r=two#section-2",
    "http://example.com",
    "http://example.com/",
    "HTTP://EXAMPLE.com/Path",
    "ftp://ftp.is.co.za/rfc/rfc1808.txt",
    "mailto:John.Doe@example.com",
    "news:comp.infosystems.www.servers.unix",
    "tel:+1-816-555-1212;ext=123",
    "urn:oasis:names:specification:docbook:dtd:xml:4.1.2",
    "file:///etc/hosts",
    "//cdn.example.org/lib.js",
    "/relative/path?x=1",
    "relative/path#frag",
    "?only=query",
    "#only-fragment",
    "",
    "path:80",
    "1abc:def",
    "a+b.c-d:opaque",
    "http:path-only",
    "http://host/p;params",
    "http://host/dir;a/file;b",
    "http://host?q#f",
    "http://host#f?q",
    "  \x00\x1f http://padded.example/ with space \t",
    "ht\ttp://ex\nample.com/pa\rth",
    "http://[::1]:8080/index",
    "http://[2001:db8::7]/c=GB?objectClass?one",
    "https://münchen.example/straße",
]
for url in urls:
    s = urlsplit(url)
    p = urlparse(url)
    print(repr(url))
    print("   ", s)
    print("   ", p)
    print("   ", s.geturl() == p.geturl(), repr(s.geturl()))

# default scheme and allow_fragments
print(urlsplit("//host/p", "https"))
print(urlsplit("host/p", scheme="FTP"))
print(urlsplit("x:y", "https"))
print(urlsplit("http://h/p?q#f", allow_fragments=False))
print(urlsplit("http://h/p#f?q", allow_fragments=False))
print(urlparse("http://h/p;a#f", "x", False))
print(urlsplit("/p", " \x01ftp\t"))

# fields by index and by name
r = urlparse("https://h.example/x/y;p?q=1#top")
print(r[0], r[1], r[2], r[3], r[4], r[5], len(r))
print(r.scheme, r.netloc, r.path, r.params, r.query, r.fragment)
scheme, netloc, *rest = r
print(scheme, netloc, rest)
print(r._fields, r._asdict())
print(r._replace(scheme="http", fragment=""), r._replace(path="/z").geturl())
print(type(r).__name__, type(r._replace(path="")).__name__, isinstance(r, tuple))

# invalid input
for bad in ["http://[::1/", "http://::1]/", "http://[1.2.3.4]/", "http://[vZ.x]/",
            "http://[v7.future]/", "http://[fe80::1%25en0]/", "http://[gg::1]/",
            "http://exa\uff0fmple.com/", "http://a\u2100b/", 42]:
    try:
        print(repr(bad), urlsplit(bad))
    except (ValueError, TypeError, AttributeError) as e:
        print(repr(bad), type(e).__name__, e)
