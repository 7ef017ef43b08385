"""Map file names and URLs to MIME types and back.

Functions: guess_type, guess_extension, guess_all_extensions, add_type, init,
read_mime_types; class MimeTypes; tables types_map, common_types,
encodings_map, suffix_map.  init() loads the system mime.types files listed
in knownfiles (when they exist) on top of the built-in tables.
"""

import os
import posixpath
import sys

__all__ = [
    "knownfiles", "inited", "MimeTypes",
    "guess_type", "guess_all_extensions", "guess_extension",
    "add_type", "init", "read_mime_types",
    "suffix_map", "encodings_map", "types_map", "common_types",
]

knownfiles = [
    "/etc/mime.types",
    "/etc/httpd/mime.types",
    "/etc/httpd/conf/mime.types",
    "/etc/apache/mime.types",
    "/etc/apache2/mime.types",
    "/usr/local/etc/httpd/conf/mime.types",
    "/usr/local/lib/netscape/mime.types",
    "/usr/local/etc/httpd/conf/mime.types",
    "/usr/local/etc/mime.types",
]

inited = False
_db = None

# Built-in tables (CPython 3.12 defaults), "suffix value" per line, in order.
_SUFFIX_DATA = """
svgz .svg.gz
tgz .tar.gz
taz .tar.gz
tz .tar.gz
tbz2 .tar.bz2
txz .tar.xz
"""

_ENCODING_DATA = """
gz gzip
Z compress
bz2 bzip2
xz xz
br br
"""

_STRICT_DATA = """
js text/javascript
mjs text/javascript
json application/json
webmanifest application/manifest+json
doc application/msword
dot application/msword
wiz application/msword
nq application/n-quads
nt application/n-triples
bin application/octet-stream
a application/octet-stream
dll application/octet-stream
exe application/octet-stream
o application/octet-stream
obj application/octet-stream
so application/octet-stream
oda application/oda
pdf application/pdf
p7c application/pkcs7-mime
ps application/postscript
ai application/postscript
eps application/postscript
trig application/trig
m3u application/vnd.apple.mpegurl
m3u8 application/vnd.apple.mpegurl
xls application/vnd.ms-excel
xlb application/vnd.ms-excel
ppt application/vnd.ms-powerpoint
pot application/vnd.ms-powerpoint
ppa application/vnd.ms-powerpoint
pps application/vnd.ms-powerpoint
pwz application/vnd.ms-powerpoint
wasm application/wasm
bcpio application/x-bcpio
cpio application/x-cpio
csh application/x-csh
dvi application/x-dvi
gtar application/x-gtar
hdf application/x-hdf
h5 application/x-hdf5
latex application/x-latex
mif application/x-mif
cdf application/x-netcdf
nc application/x-netcdf
p12 application/x-pkcs12
pfx application/x-pkcs12
ram application/x-pn-realaudio
pyc application/x-python-code
pyo application/x-python-code
sh application/x-sh
shar application/x-shar
swf application/x-shockwave-flash
sv4cpio application/x-sv4cpio
sv4crc application/x-sv4crc
tar application/x-tar
tcl application/x-tcl
tex application/x-tex
texi application/x-texinfo
texinfo application/x-texinfo
roff application/x-troff
t application/x-troff
tr application/x-troff
man application/x-troff-man
me application/x-troff-me
ms application/x-troff-ms
ustar application/x-ustar
src application/x-wais-source
xsl application/xml
rdf application/xml
wsdl application/xml
xpdl application/xml
zip application/zip
3gp audio/3gpp
3gpp audio/3gpp
3g2 audio/3gpp2
3gpp2 audio/3gpp2
aac audio/aac
adts audio/aac
loas audio/aac
ass audio/aac
au audio/basic
snd audio/basic
mp3 audio/mpeg
mp2 audio/mpeg
opus audio/opus
aif audio/x-aiff
aifc audio/x-aiff
aiff audio/x-aiff
ra audio/x-pn-realaudio
wav audio/x-wav
avif image/avif
bmp image/bmp
gif image/gif
ief image/ief
jpg image/jpeg
jpe image/jpeg
jpeg image/jpeg
heic image/heic
heif image/heif
png image/png
svg image/svg+xml
tiff image/tiff
tif image/tiff
ico image/vnd.microsoft.icon
ras image/x-cmu-raster
pnm image/x-portable-anymap
pbm image/x-portable-bitmap
pgm image/x-portable-graymap
ppm image/x-portable-pixmap
rgb image/x-rgb
xbm image/x-xbitmap
xpm image/x-xpixmap
xwd image/x-xwindowdump
eml message/rfc822
mht message/rfc822
mhtml message/rfc822
nws message/rfc822
css text/css
csv text/csv
html text/html
htm text/html
n3 text/n3
txt text/plain
bat text/plain
c text/plain
h text/plain
ksh text/plain
pl text/plain
srt text/plain
rtx text/richtext
tsv text/tab-separated-values
vtt text/vtt
py text/x-python
etx text/x-setext
sgm text/x-sgml
sgml text/x-sgml
vcf text/x-vcard
xml text/xml
mp4 video/mp4
mpeg video/mpeg
m1v video/mpeg
mpa video/mpeg
mpe video/mpeg
mpg video/mpeg
mov video/quicktime
qt video/quicktime
webm video/webm
avi video/x-msvideo
movie video/x-sgi-movie
"""

_LENIENT_DATA = """
rtf application/rtf
midi audio/midi
mid audio/midi
jpg image/jpg
pict image/pict
pct image/pict
pic image/pict
webp image/webp
xul text/xul
"""


def _parse_table(text):
    pairs = (line.split(" ") for line in text.split("\n") if line)
    return {"." + key: value for key, value in pairs}


def _default_mime_types():
    """(Re)build the module's default tables."""
    global _suffix_map_default, _encodings_map_default
    global _types_map_default, _common_types_default
    global suffix_map, encodings_map, types_map, common_types
    _suffix_map_default = _parse_table(_SUFFIX_DATA)
    _encodings_map_default = _parse_table(_ENCODING_DATA)
    _types_map_default = _parse_table(_STRICT_DATA)
    _common_types_default = _parse_table(_LENIENT_DATA)
    suffix_map = _suffix_map_default
    encodings_map = _encodings_map_default
    types_map = _types_map_default
    common_types = _common_types_default


def _split_scheme(url):
    # "scheme:rest" where scheme has no '/' or ':'; scheme is lower-cased
    if not isinstance(url, str):
        raise TypeError("cannot use a string pattern on a bytes-like object")
    colon = url.find(":")
    if colon > 0 and "/" not in url[:colon]:
        return url[:colon].lower(), url[colon + 1:]
    return None, url


def _data_url_type(rest):
    # data:[<mediatype>][;base64],<data>
    comma = rest.find(",")
    if comma < 0:
        return None
    semi = rest.find(";", 0, comma)
    declared = rest[:semi if semi >= 0 else comma]
    if "/" in declared and "=" not in declared:
        return declared
    return "text/plain"


class MimeTypes:
    """A MIME-types database: the built-in tables plus any files read into it."""

    def __init__(self, filenames=(), strict=True):
        if not inited:
            init()
        self.suffix_map = dict(_suffix_map_default)
        self.encodings_map = dict(_encodings_map_default)
        self.types_map, self.types_map_inv = ({}, {}), ({}, {})
        for table, is_strict in ((_types_map_default, True), (_common_types_default, False)):
            for suffix, mtype in table.items():
                self.add_type(mtype, suffix, is_strict)
        for filename in filenames:
            self.read(filename, strict)

    def add_type(self, type, ext, strict=True):
        """Map extension ext to MIME type; strict selects the standard table."""
        forward = self.types_map[strict]
        backward = self.types_map_inv[strict]
        forward[ext] = type
        known = backward.setdefault(type, [])
        if ext not in known:
            known.append(ext)

    def guess_type(self, url, strict=True):
        """Return (type, encoding) for a URL or path; either may be None."""
        scheme, rest = _split_scheme(os.fspath(url))
        if scheme == "data":
            return _data_url_type(rest), None
        stem, suffix = posixpath.splitext(rest)
        while suffix.lower() in self.suffix_map:
            stem, suffix = posixpath.splitext(stem + self.suffix_map[suffix.lower()])
        encoding = None
        if suffix in self.encodings_map:
            encoding = self.encodings_map[suffix]
            suffix = posixpath.splitext(stem)[1]
        suffix = suffix.lower()
        for table in (self.types_map[True], None if strict else self.types_map[False]):
            if table is not None and suffix in table:
                return table[suffix], encoding
        return None, encoding

    def guess_all_extensions(self, type, strict=True):
        """Return every known extension (with its dot) for a MIME type."""
        key = type.lower()
        found = list(self.types_map_inv[True].get(key, ()))
        if not strict:
            found.extend(e for e in self.types_map_inv[False].get(key, ()) if e not in found)
        return found

    def guess_extension(self, type, strict=True):
        """Return the first known extension for a MIME type, or None."""
        candidates = self.guess_all_extensions(type, strict)
        return candidates[0] if candidates else None

    def read(self, filename, strict=True):
        """Load a mime.types-format file."""
        with open(filename, encoding="utf-8") as stream:
            self.readfp(stream, strict)

    def readfp(self, fp, strict=True):
        """Load mime.types-format lines ("type ext ext ... # comment") from fp."""
        for line in iter(fp.readline, ""):
            fields = []
            for word in line.split():
                if word.startswith("#"):
                    break
                fields.append(word)
            if fields:
                for suffix in fields[1:]:
                    self.add_type(fields[0], "." + suffix, strict)

    def read_windows_registry(self, strict=True):
        """No Windows registry on this platform: does nothing."""
        return


def _database():
    if _db is None:
        init()
    return _db


def guess_type(url, strict=True):
    """Guess (type, encoding) of a URL or path using the module database."""
    return _database().guess_type(url, strict)


def guess_all_extensions(type, strict=True):
    """List the extensions known for a MIME type."""
    return _database().guess_all_extensions(type, strict)


def guess_extension(type, strict=True):
    """Return one extension for a MIME type, or None."""
    return _database().guess_extension(type, strict)


def add_type(type, ext, strict=True):
    """Add a mapping from extension ext to MIME type."""
    return _database().add_type(type, ext, strict)


def init(files=None):
    """Build the module database from the defaults, knownfiles and files."""
    global inited, _db
    global types_map, common_types, encodings_map, suffix_map
    inited = True
    if _db is not None and files is not None:
        target, sources = _db, files
    else:
        target = MimeTypes()
        target.read_windows_registry()
        sources = knownfiles if files is None else [*knownfiles, *files]
    for path in sources:
        if os.path.isfile(path):
            target.read(path)
    common_types, types_map = target.types_map   # indexed by strict: [False], [True]
    encodings_map = target.encodings_map
    suffix_map = target.suffix_map
    _db = target


def read_mime_types(file):
    """Return the strict type map of a fresh database loaded with file, or None."""
    try:
        stream = open(file, encoding="utf-8")
    except OSError:
        return None
    with stream:
        loaded = MimeTypes()
        loaded.readfp(stream, True)
    return loaded.types_map[True]


_default_mime_types()


def _usage_text():
    options = (("--help / -h", "print this message and exit"),
               ("--lenient / -l", "additionally search of some common, but non-standard\n"
                + " " * 25 + "types."),
               ("--extension / -e", "guess extension instead of type"))
    lines = ["Usage: mimetypes.py [options] type", "", "Options:"]
    lines += ["    %-18s-- %s" % pair for pair in options]
    lines += ["", "More than one type argument may be given.", ""]
    return "\n".join(lines)


def _main():
    """Entry point of `python -m mimetypes`."""
    import getopt

    def stop(status, message=""):
        print(_usage_text())
        if message:
            print(message)
        sys.exit(status)

    try:
        flags, names = getopt.getopt(sys.argv[1:], "hle", ["help", "lenient", "extension"])
    except getopt.error as problem:
        stop(1, problem)
    strict, want_ext = True, False
    for flag, _ in flags:
        if flag in ("-h", "--help"):
            stop(0)
        if flag in ("-l", "--lenient"):
            strict = False
        if flag in ("-e", "--extension"):
            want_ext = True
    for item in names:
        if want_ext:
            answer = guess_extension(item, strict)
            print(answer if answer else "I don't know anything about type %s" % item)
        else:
            mtype, enc = guess_type(item, strict)
            if mtype:
                print("type: %s encoding: %s" % (mtype, enc))
            else:
                print("I don't know anything about type %s" % item)


if __name__ == "__main__":
    _main()
