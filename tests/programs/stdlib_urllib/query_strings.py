from urllib.parse import parse_qs, parse_qsl, urlencode, quote, urlsplit

qs = "name=Ann+Lee&tag=a&tag=b&empty=&flag&=novalue&&enc=%C3%A9t%C3%A9&eq=a=b"
print(parse_qsl(qs))
print(parse_qsl(qs, keep_blank_values=True))
print(parse_qs(qs))
print(parse_qs(qs, True))
print(parse_qsl("a=1;b=2"), parse_qsl("a=1;b=2", separator=";"))
print(parse_qs("a=%E9", encoding="latin-1"), parse_qs("a=%E9"))
print(parse_qsl(b"k=v&k2=%20x"), parse_qs(b"a=1&a=2", separator=b"&"))
print(parse_qsl(b"x=1;y=2", separator=";"), parse_qsl("x=1;y=2", separator=b";"))
print(parse_qsl(""), parse_qs(""), parse_qsl(None), parse_qsl("", strict_parsing=True))
print(parse_qsl("a=1&b=2&c=3", max_num_fields=3))

tries = [
    lambda: parse_qsl("a=1&b", strict_parsing=True),
    lambda: parse_qsl("a=1&&b=2", strict_parsing=True),
    lambda: parse_qs("a=1&", strict_parsing=True, keep_blank_values=True),
    lambda: parse_qsl("a=1&b=2&c=3", max_num_fields=2),
    lambda: parse_qs("x", max_num_fields=0),
    lambda: parse_qsl("a=1", separator=""),
    lambda: parse_qsl("a=1", separator=None),
    lambda: parse_qsl("a=%E9", errors="strict"),
    lambda: parse_qsl(b"a=%C3%A9"),
    lambda: parse_qsl("a=1", b"x"),
]
for t in tries:
    try:
        print(t())
    except (ValueError, TypeError, AttributeError) as e:
        print(type(e).__name__, e)

# urlencode
data = {"name": "Ann Lee", "n": 3, "pi": 3.5, "none": None, "list": ["x", "y z"],
        "bytes": b"b y", "tuple": ("t1", 2), "ü": "ß/&="}
print(urlencode(data))
print(urlencode(data, doseq=True))
print(urlencode([("k", "v1"), ("k", "v2"), ("k2", "")]))
print(urlencode((("a", 1),)), repr(urlencode({})), repr(urlencode([])))
print(urlencode({"path": "/a b/c"}, safe="/"))
print(urlencode({"path": "/a b/c"}, quote_via=quote))
print(urlencode({"path": "/a b/c"}, quote_via=quote, safe="/ "))
print(urlencode({"k": "é"}, encoding="latin-1"), urlencode({"k": ["é"]}, True, "", "latin-1"))
print(urlencode({"k": "é"}, encoding="ascii", errors="xmlcharrefreplace"))
print(urlencode({"k": "abc"}, doseq=True), urlencode({"k": {"x": 1, "y": 2}}, doseq=True))
print(urlencode({"k": 7}, doseq=True), urlencode({b"key": [b"v 1", 2]}, doseq=True))
for bad in ["abc", [1, 2], 5, [["a", 1]]]:
    try:
        urlencode(bad)
    except TypeError as e:
        print(repr(bad), type(e).__name__, e)
try:
    urlencode([("a", 1, 2)])
except ValueError as e:
    print(type(e).__name__, e)

# encode then decode
params = {"q": "search terms & more", "page": "2", "lang": "fr-CA"}
url = "https://example.com/find?" + urlencode(params)
print(url)
back = {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}
print(back == params, back)
