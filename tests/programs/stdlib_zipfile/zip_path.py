# zipfile.Path navigation
import io
import zipfile

buf = io.BytesIO()
with zipfile.ZipFile(buf, "w") as zf:
    for name, data in [("README.md", "# top\n"), ("src/app/main.py", "print('hi')\n"),
                       ("src/app/util.py", "X = 1\n"), ("src/lib.tar.gz", b"\x1f\x8b"),
                       ("docs/", b""), ("docs/guide.txt", "guide text\nline 2\n")]:
        zf.writestr(zipfile.ZipInfo(name, (2020, 1, 1, 0, 0, 0)), data)

zf = zipfile.ZipFile(buf)
root = zipfile.Path(zf)
print(root.is_dir(), root.exists(), repr(root.at))
print(sorted(p.name for p in root.iterdir()))
src = root / "src"
print(src.at, src.is_dir(), src.is_file(), src.exists(), src.name)
print(sorted(p.at for p in src.iterdir()))
app = root.joinpath("src", "app")
print(app.at, [p.name for p in app.iterdir()])
main = app / "main.py"
print(main.at, main.name, main.suffix, main.stem, main.is_file(), main.is_dir())
print(main.read_text(encoding="utf-8"), main.read_bytes())
with main.open("r", encoding="utf-8") as f:
    print(f.read())
with main.open("rb") as f:
    print(f.read(5))
tgz = root / "src" / "lib.tar.gz"
print(tgz.suffix, tgz.suffixes, tgz.stem)
print(main.parent.at, main.parent.parent.at)
missing = root / "nothing.txt"
print(missing.exists(), missing.is_file(), missing.is_dir())
try:
    missing.read_text()
except FileNotFoundError as e:
    print("FileNotFoundError")
try:
    src.open()
except IsADirectoryError:
    print("IsADirectoryError")
try:
    list(main.iterdir())
except ValueError as e:
    print("ValueError", e)
try:
    main.open("rb", encoding="utf-8")
except ValueError as e:
    print("ValueError", e)
guide = zipfile.Path(zf, "docs/guide.txt")
print(guide.read_text(encoding="utf-8").splitlines())
print(repr(guide))
print(zipfile.Path(zf, "docs/") == root / "docs", (root / "docs").at)
print(sorted(p.at for p in root.glob("src/*")), sorted(p.at for p in root.rglob("*.py")))
