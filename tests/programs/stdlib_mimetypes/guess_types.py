import mimetypes
import pathlib

paths = [
    "index.html", "INDEX.HTM", "style.css", "app.js", "module.mjs", "data.json",
    "photo.jpeg", "photo.JPG", "icon.png", "vector.svg", "drawing.svgz",
    "report.pdf", "notes.txt", "archive.zip", "archive.tar", "archive.tar.gz",
    "archive.tgz", "archive.TGZ", "backup.tar.bz2", "backup.tbz2", "backup.tar.xz",
    "backup.txz", "old.tar.Z", "old.tar.z", "page.html.br", "plain.gz", "x.GZ",
    "song.mp3", "clip.mp4", "font.woff2", "table.csv", "sheet.xlsx", "doc.docx",
    "code.py", "code.c", "code.h", "prog.exe", "lib.so", "noext", ".hidden",
    "dir.d/file", "weird.", "a.b.c.xml", "mixed.HtMl", "pic.pict", "rich.rtf",
    "midi.mid", "mov.jpg.gz",
]
for p in paths:
    print(p, mimetypes.guess_type(p), mimetypes.guess_type(p, strict=False))

urls = [
    "http://example.com/index.html",
    "https://example.com/a/b/c.png",
    "HTTPS://EXAMPLE.COM/IMG.GIF",
    "http://example.com/page.html?query=1",
    "http://example.com/page.html#frag",
    "ftp://host/pub/file.tar.gz",
    "file:///tmp/readme.txt",
    "data:text/plain;base64,SGVsbG8=",
    "data:image/png;base64,iVBORw0KGgo=",
    "data:,Hello%2C%20World!",
    "data:;charset=utf-8,x",
    "data:application/json,{}",
    "DATA:Text/HTML,<p>",
    "data:nocomma",
    "mailto:someone@example.com",
    "c:\\windows\\notepad.exe",
    "//host/share/doc.pdf",
]
for u in urls:
    print(u, mimetypes.guess_type(u))

print(mimetypes.guess_type(pathlib.PurePosixPath("docs/guide.md")))
print(mimetypes.guess_type(pathlib.Path("a") / "b.wasm"))
for bad in [None, 42, b"x.html"]:
    try:
        print(mimetypes.guess_type(bad))
    except TypeError as e:
        print(type(e).__name__, e)
print(mimetypes.inited)
