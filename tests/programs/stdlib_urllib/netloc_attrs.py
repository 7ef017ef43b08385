from urllib.parse import urlsplit, urlparse

netlocs = [
    "example.com", "Example.COM:80", "user@host", "user:pw@host:1",
    "user:@host", ":pw@host", "@host", "a@b@c:5", "user:p:w@host",
    "host:", "host:0", "host:65535", "[::1]", "[::1]:443", "[FE80::A%Eth0]:8",
    "u@[2001:DB8::1]:21", "[::1]junk:9", "", ":", ":1", "münchen.de:99",
]
for netloc in netlocs:
    r = urlsplit("//" + netloc + "/path")
    try:
        port = r.port
    except ValueError as e:
        port = f"{type(e).__name__}: {e}"
    print(f"{netloc!r:24} user={r.username!r} pw={r.password!r} "
          f"host={r.hostname!r} port={port!r}")

for netloc in ["host:65536", "host:-1", "host:+80", "host: 80", "host:8o",
               "host:\u0661\u0662", "[::1]:x", "host:99999999999999999999"]:
    r = urlsplit("http://" + netloc + "/")
    try:
        print(netloc, r.port)
    except ValueError as e:
        print(netloc, type(e).__name__, e)

# the same properties on urlparse() results and on bytes results
p = urlparse("https://Alice:S3cret@API.Example.org:8443/v1;x?y#z")
print(p.username, p.password, p.hostname, p.port)
b = urlparse(b"https://Alice:S3cret@API.Example.org:8443/v1")
print(b.username, b.password, b.hostname, b.port)
b = urlsplit(b"http://[::1%25lo]:x/")
print(b.hostname)
try:
    b.port
except ValueError as e:
    print(type(e).__name__, e)

# no netloc at all
r = urlsplit("mailto:someone@example.com")
print(r.netloc == "", r.username, r.password, r.hostname, r.port)
