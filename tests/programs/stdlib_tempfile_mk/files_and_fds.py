"""File organizer using pathlib, os, tempfile, shutil."""
import os
import shutil
import tempfile
from pathlib import Path, PurePosixPath

with tempfile.TemporaryDirectory() as tmp:
    root = Path(tmp)
    files = {
        "docs/readme.md": "# Title\n\nSome text.\n",
        "docs/notes.txt": "line1\nline2\nline3\n",
        "src/main.py": "print('hi')\n",
        "src/util/helpers.py": "def f():\n    return 1\n",
        "data/values.csv": "a,b\n1,2\n3,4\n",
        "data/empty.txt": "",
    }
    for rel, content in files.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(content)
    print(sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()))
    print(sorted(p.name for p in root.iterdir()))
    print(sorted(p.name for p in root.glob("*/*.txt")))
    print(sorted(str(p.relative_to(root)) for p in root.glob("**/*.py")))
    for p in sorted(root.rglob("*.*")):
        st = p.stat()
        print(f"{p.relative_to(root)!s:<22} {st.st_size:>4} bytes  suffix={p.suffix!r} stem={p.stem!r}")
    notes = root / "docs" / "notes.txt"
    print(notes.read_text().splitlines(), notes.exists(), notes.is_dir(), (root / "nope").exists())
    with notes.open("a") as f:
        f.write("line4\n")
    with open(notes) as f:
        for i, line in enumerate(f, 1):
            print(i, line.rstrip("\n"))
    with open(notes, "rb") as f:
        print(f.read(6), f.tell(), f.seek(0), f.read(3))
    bin_path = root / "bin.dat"
    bin_path.write_bytes(bytes(range(10)))
    print(bin_path.read_bytes(), os.path.getsize(bin_path))
    by_ext = {}
    for p in root.rglob("*"):
        if p.is_file():
            by_ext.setdefault(p.suffix or "<none>", []).append(p.name)
    print({k: sorted(v) for k, v in sorted(by_ext.items())})
    archive = root / "archive"
    archive.mkdir()
    for p in list((root / "data").iterdir()):
        shutil.move(str(p), str(archive / p.name))
    print(sorted(os.listdir(archive)), os.listdir(root / "data"))
    shutil.copy(root / "src" / "main.py", archive / "main_copy.py")
    print((archive / "main_copy.py").read_text(), end="")
    shutil.copytree(root / "src", root / "src2")
    print(sorted(str(p.relative_to(root / "src2")) for p in (root / "src2").rglob("*")))
    shutil.rmtree(root / "src2")
    print((root / "src2").exists())
    (archive / "empty.txt").unlink()
    (archive / "values.csv").rename(archive / "values.bak")
    print(sorted(os.listdir(archive)))
    try:
        (root / "missing.txt").read_text()
    except FileNotFoundError as e:
        print("FileNotFoundError:", e.errno, e.strerror, Path(e.filename).name)
    try:
        (root / "docs").mkdir()
    except FileExistsError as e:
        print("FileExistsError:", e.strerror)
    try:
        os.rmdir(root / "docs")
    except OSError as e:
        print(type(e).__name__, e.strerror)
    walked = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        walked.append((os.path.relpath(dirpath, root), sorted(filenames)))
    print(walked)
    fd, name = tempfile.mkstemp(suffix=".log", dir=tmp)
    os.write(fd, b"abc")
    os.close(fd)
    print(Path(name).suffix, Path(name).read_text(), Path(name).parent == root)
    with tempfile.NamedTemporaryFile("w+", dir=tmp, suffix=".tmp", delete=False) as tf:
        tf.write("temp data")
        tf.seek(0)
        print(tf.read())
    print(os.path.exists(tf.name))

p = PurePosixPath("/usr/local/lib/python3.12/site.py")
print(p.parts, p.parent, p.parents[1], p.name, p.suffix, p.stem, p.anchor)
print(p.with_suffix(".pyc"), p.with_name("x.txt"), p.with_stem("other"), p.relative_to("/usr"))
print(PurePosixPath("a/b") / "c" / "../d", PurePosixPath("a//b/./c"), PurePosixPath("x.tar.gz").suffixes)
print(p.is_absolute(), PurePosixPath("rel").is_absolute(), p.match("*.py"), p.match("lib/*.py"))
print(os.path.join("a", "b", "c.txt"), os.path.split("/a/b/c.txt"), os.path.splitext("arch.tar.gz"))
print(os.path.basename("/x/y/z.py"), os.path.dirname("/x/y/z.py"), os.path.normpath("a/./b/../c"), os.path.isabs("/a"))
print(os.path.join("/a", "/b"), os.path.commonprefix(["/usr/lib", "/usr/local"]), os.path.commonpath(["/usr/lib", "/usr/local"]))
print(repr(Path("a/b")), str(Path("a") / "b"), Path("a/b") == Path("a", "b"), Path("/").name == "")
print(os.sep, os.curdir, os.pardir, os.linesep == "\n", os.path.expanduser("~") != "~")
print(os.environ.get("DEFINITELY_NOT_SET_VAR", "default"), "PATH" in os.environ)
os.environ["MY_TEST_VAR"] = "42"
print(os.environ["MY_TEST_VAR"], os.getenv("MY_TEST_VAR"))
try:
    os.environ["NOPE_NOT_HERE"]
except KeyError as e:
    print("KeyError:", e)
