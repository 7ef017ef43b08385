"""Dump CPython 3.12's built-in mimetypes default tables (data only), one
"suffix value" pair per line, in table order, for embedding in lib/mimetypes.py.

Run with CPython 3.12: python3.12 tools/gen_mimetypes_tables.py > tools/mimetypes_tables.txt
"""
import mimetypes

mimetypes._default_mime_types()

for label, table in (("SUFFIX", mimetypes._suffix_map_default),
                     ("ENCODING", mimetypes._encodings_map_default),
                     ("STRICT", mimetypes._types_map_default),
                     ("LENIENT", mimetypes._common_types_default)):
    print("_%s_DATA = \"\"\"" % label)
    for key, value in table.items():
        assert " " not in key and " " not in value
        print(key.lstrip("."), value)
    print("\"\"\"")
    print()
