import io
import mimetypes
import os
import tempfile

db = mimetypes.MimeTypes()
print(len(db.types_map[True]), len(db.types_map[False]), len(db.types_map_inv[True]),
      len(db.types_map_inv[False]))
print(db.encodings_map)
print(db.suffix_map)
print(db.encodings_map is mimetypes._encodings_map_default, db.types_map[False])
print(sorted(db.types_map_inv[False].items()))
print(list(db.types_map[True].items())[:12])
print(sorted(db.types_map[True].items())[-12:])

text = """# local additions
application/x-foo   foo  fooz   # trailing comment
text/x-bar bar
  # indented comment
image/x-baz
text/x-qux qux #qx
application/x-foo foo2
"""
db.readfp(io.StringIO(text))
print(db.guess_all_extensions("application/x-foo"), db.guess_type("a.fooz"))
print(db.guess_type("b.qux"), db.guess_type("b.qx"), db.guess_all_extensions("image/x-baz"))
db.readfp(io.StringIO("text/x-loose loose\n"), strict=False)
print(db.guess_type("c.loose"), db.guess_type("c.loose", strict=False))

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "my.types")
    with open(path, "w", encoding="utf-8") as f:
        f.write("application/x-one one uno\ntext/x-two two\n# c\nimage/png pngx\n")
    db2 = mimetypes.MimeTypes([path])
    print(db2.guess_type("f.uno"), db2.guess_extension("text/x-two"),
          db2.guess_all_extensions("image/png"))
    db3 = mimetypes.MimeTypes((path,), strict=False)
    print(db3.guess_type("f.one"), db3.guess_type("f.one", False))
    db4 = mimetypes.MimeTypes()
    db4.read(path)
    print(db4.guess_type("t.two"))
    table = mimetypes.read_mime_types(path)
    print(type(table).__name__, table[".one"], table[".pngx"], table[".html"], len(table) - len(db.types_map[True]) + 7)
    print(mimetypes.read_mime_types(os.path.join(tmp, "missing.types")))
    try:
        mimetypes.MimeTypes([os.path.join(tmp, "missing.types")])
    except FileNotFoundError as e:
        print(type(e).__name__)
    mimetypes.init([path])
    print(mimetypes.inited, mimetypes.guess_type("z.uno"), mimetypes.types_map[".two"])
    print(mimetypes.types_map is mimetypes._db.types_map[True],
          mimetypes.common_types is mimetypes._db.types_map[False])
    other = os.path.join(tmp, "more.types")
    with open(other, "w", encoding="utf-8") as f:
        f.write("application/x-three three\n")
    mimetypes.init([other])
    print(mimetypes.guess_type("z.uno"), mimetypes.guess_type("z.three"))
    mimetypes.init()
    print(mimetypes.guess_type("z.three"), mimetypes.guess_type("z.html"))
print(mimetypes.knownfiles[:3], len(mimetypes.knownfiles))
print(sorted(mimetypes.__all__))
