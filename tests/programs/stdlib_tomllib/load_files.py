import io
import os
import tempfile
import tomllib

CONFIG = """\
[tool.example]
name = "demo"
version = "1.2.3"
authors = ["Ann <ann@example.com>", "Bob"]
requires = ">=3.8"
description = "Ünïcödé text ✓"

[tool.example.scripts]
run = "demo.cli:main"
"""

print(tomllib.load(io.BytesIO(CONFIG.encode('utf-8'))))
print(tomllib.load(io.BytesIO(CONFIG.replace('\n', '\r\n').encode('utf-8')))['tool']['example']['authors'])

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, 'pyproject.toml')
    with open(path, 'wb') as f:
        f.write(CONFIG.encode('utf-8'))
    with open(path, 'rb') as f:
        data = tomllib.load(f)
    print(data['tool']['example']['description'])
    with open(path, 'rb') as f:
        print(tomllib.load(f, parse_float=str) == data)
    with open(path, encoding='utf-8') as f:
        try:
            tomllib.load(f)
        except TypeError as e:
            print('TypeError', e)
    with open(path, 'ab') as f:
        f.write(b'broken = [1,\n')
    with open(path, 'rb') as f:
        try:
            tomllib.load(f)
        except tomllib.TOMLDecodeError as e:
            print('TOMLDecodeError', e)

try:
    tomllib.load(io.StringIO('a = 1'))
except TypeError as e:
    print('TypeError', e)
try:
    tomllib.load(io.BytesIO(b'a = "\xff"'))
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e.reason, e.start)
for bad in [None, 42, ['a = 1']]:
    try:
        tomllib.loads(bad)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    tomllib.loads(b'a = 1')
except TypeError as e:
    print('TypeError', e)
try:
    tomllib.loads(s='a = 1')
except TypeError as e:
    print('TypeError', e)
try:
    tomllib.loads('a = 1', float)
except TypeError as e:
    print('TypeError', e)


class Text(str):
    pass


print(tomllib.loads(Text('k = "v"')))
err = None
try:
    tomllib.loads('x = [1, 2\ny = 3')
except ValueError as e:
    err = e
print(type(err).__name__, isinstance(err, tomllib.TOMLDecodeError), err.args)
