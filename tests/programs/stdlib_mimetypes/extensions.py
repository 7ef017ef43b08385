import mimetypes

db = mimetypes.MimeTypes()
types = ["text/html", "text/plain", "image/jpeg", "image/png", "application/json",
         "application/javascript", "text/javascript", "application/x-tar",
         "application/octet-stream", "audio/mpeg", "video/mp4", "image/svg+xml",
         "TEXT/HTML", "Image/JPEG", "text/xml", "application/xml", "image/pict",
         "text/rtf", "application/rtf", "audio/midi", "unknown/type", ""]
for t in types:
    print(t, db.guess_extension(t), db.guess_all_extensions(t),
          db.guess_extension(t, strict=False), db.guess_all_extensions(t, strict=False))

db.add_type("application/x-custom", ".cst")
db.add_type("application/x-custom", ".custom")
db.add_type("application/x-custom", ".cst")
db.add_type("application/x-lenient", ".len", strict=False)
db.add_type("text/x-markdown", ".md", strict=False)
print(db.guess_all_extensions("application/x-custom"))
print(db.guess_type("file.CST"), db.guess_type("file.custom"))
print(db.guess_type("file.len"), db.guess_type("file.len", strict=False))
print(db.guess_extension("application/x-lenient"), db.guess_extension("application/x-lenient", False))
print(db.guess_type("README.md"), db.guess_type("README.md", strict=False))
db.add_type("text/plain", ".md")
print(db.guess_type("README.md"), db.guess_all_extensions("text/markdown"))
print(db.guess_extension("text/plain"))

# module level functions share one database
print(mimetypes.guess_extension("text/html"), mimetypes.guess_extension("image/jpeg"))
print(mimetypes.guess_type("x.zzq"))
mimetypes.add_type("application/x-zzq", ".zzq")
print(mimetypes.guess_type("x.zzq"), mimetypes.guess_extension("application/x-zzq"))
print(mimetypes.types_map[".zzq"], ".zzq" in mimetypes.common_types)
mimetypes.add_type("application/x-zzr", ".zzr", False)
print(mimetypes.guess_type("y.zzr"), mimetypes.guess_type("y.zzr", False), mimetypes.common_types[".zzr"])
print(mimetypes.MimeTypes().guess_type("x.zzq"))
for bad in [None, 5]:
    try:
        mimetypes.guess_extension(bad)
    except AttributeError as e:
        print(type(e).__name__, e)
