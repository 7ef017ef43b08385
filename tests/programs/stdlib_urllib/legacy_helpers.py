import warnings
import urllib.parse as up

print(up.unwrap("<URL:http://example.com/>"), up.unwrap(" <http://a/b> "),
      up.unwrap("URL: x "), up.unwrap("plain"), up.unwrap(12))

calls = [
    ("splittype", ("HTTP://host/p",)), ("splittype", ("/path",)),
    ("splithost", ("//host:80/p",)), ("splithost", ("//host?q",)), ("splithost", ("nohost",)),
    ("splituser", ("u:pw@host",)), ("splituser", ("host",)),
    ("splitpasswd", ("u:pw:x",)), ("splitpasswd", ("u",)),
    ("splitport", ("host:80",)), ("splitport", ("host:",)), ("splitport", ("host:x",)),
    ("splitnport", ("host:80",)), ("splitnport", ("host:x",)), ("splitnport", ("host", 21)),
    ("splitquery", ("/p?a?b",)), ("splitquery", ("/p",)),
    ("splittag", ("/p#t",)), ("splittag", ("/p",)),
    ("splitattr", ("/p;a=1;b",)), ("splitvalue", ("k=v=w",)), ("splitvalue", ("k",)),
    ("to_bytes", ("ascii",)),
]
for name, args in calls:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = getattr(up, name)(*args)
    print(name, args, result, [(w.category.__name__, str(w.message)) for w in caught])

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    try:
        up.to_bytes("naïve")
    except UnicodeError as e:
        print(type(e).__name__, e)

print(up.uses_relative)
print(up.uses_netloc)
print(up.uses_params)
print(up.non_hierarchical)
print(up.uses_query)
print(up.uses_fragment)
print(up.scheme_chars)
print(sorted(up.__all__))
up.clear_cache()
print(up.urlsplit("http://h/").netloc)
