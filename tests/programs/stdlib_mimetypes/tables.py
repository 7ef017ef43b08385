import mimetypes

db = mimetypes.MimeTypes()
for strict in (True, False):
    table = db.types_map[strict]
    print("strict" if strict else "lenient", len(table))
    for ext, mtype in table.items():
        print(" ", ext, mtype)
    inverse = db.types_map_inv[strict]
    multi = {t: e for t, e in inverse.items() if len(e) > 1}
    print(" multi", multi)
print(mimetypes._types_map_default == db.types_map[True])
print(mimetypes._common_types_default == db.types_map[False])
print(mimetypes._suffix_map_default, mimetypes._encodings_map_default)
fresh = mimetypes.MimeTypes()
fresh.types_map[True][".html"] = "text/x-changed"
print(db.guess_type("a.html"), fresh.guess_type("a.html"), mimetypes._types_map_default[".html"])
fresh.suffix_map[".tgz"] = ".tar.xz"
fresh.encodings_map[".xz"] = "lzma"
print(fresh.guess_type("a.tgz"), db.guess_type("a.tgz"))
