for enc in ['cp1252', 'windows-1252', 'iso-8859-15', 'latin9']:
    out = []
    for i in range(256):
        try:
            out.append(bytes([i]).decode(enc))
        except UnicodeDecodeError as e:
            out.append('!')
    print(enc, ''.join(out).encode('utf-8').hex()[:40], ''.join(out).count('!'), hash(''.join(out)) == hash(''.join(out)))
    print(''.join(out)[128:])
    s = 'café €uro “quotes” — Œuvre ™ naïve'
    try:
        print(s.encode(enc))
    except UnicodeEncodeError as e:
        print(type(e).__name__, e)
    print(s.encode(enc, 'replace'), s.encode(enc, 'ignore'), s.encode(enc, 'xmlcharrefreplace'))
    try:
        b'\x81\x8d'.decode(enc)
    except UnicodeDecodeError as e:
        print(type(e).__name__, e)
    print(b'\x81ab'.decode(enc, 'replace'), b'\x81ab'.decode(enc, 'ignore'))
    try:
        '\u4e2d'.encode(enc)
    except UnicodeEncodeError as e:
        print(type(e).__name__, e, e.start, e.end)
