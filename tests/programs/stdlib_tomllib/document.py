import tomllib

DOC = """\
# This is a TOML document

title = "TOML Example"

[owner]
name = "Tom Preston-Werner"
dob = 1979-05-27T07:32:00-08:00

[database]
enabled = true
ports = [ 8000, 8001, 8002 ]
data = [ ["delta", "phi"], [3.14] ]
temp_targets = { cpu = 79.5, case = 72.0 }

[servers]

[servers.alpha]
ip = "10.0.0.1"
role = "frontend"

[servers.beta]
ip = "10.0.0.2"
role = "backend"

[[fruits]]
name = "apple"

[fruits.physical]  # subtable
color = "red"
shape = "round"

[[fruits.varieties]]  # nested array of tables
name = "red delicious"

[[fruits.varieties]]
name = "granny smith"

[[fruits]]
name = "banana"

[[fruits.varieties]]
name = "plantain"
"""


def show(obj, indent=0):
    pad = '  ' * indent
    if isinstance(obj, dict):
        for key, value in obj.items():
            if isinstance(value, (dict, list)):
                print(f"{pad}{key!r}: {type(value).__name__}")
                show(value, indent + 1)
            else:
                print(f"{pad}{key!r} = {value!r} ({type(value).__name__})")
    else:
        for i, value in enumerate(obj):
            if isinstance(value, (dict, list)):
                print(f"{pad}[{i}] {type(value).__name__}")
                show(value, indent + 1)
            else:
                print(f"{pad}[{i}] {value!r}")


data = tomllib.loads(DOC)
show(data)
print(data == tomllib.loads(DOC.replace('\n', '\r\n')))
print(data['owner']['dob'].utcoffset(), data['owner']['dob'].isoformat())
print([f['name'] for f in data['fruits']])
print(sorted(data['servers']))
print(tomllib.loads(''), tomllib.loads('# only a comment\n\n  \t\n'))
print(tomllib.__all__)
print(issubclass(tomllib.TOMLDecodeError, ValueError), tomllib.TOMLDecodeError.__module__)
