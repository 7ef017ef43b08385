s = 'héllo'
print(f"[{s:>8}] [{s:^9}] [{s!a}]")
print(f"[{'日本':*<6}] [{'🐍':-^5}]")
emoji = '\N{SNAKE}'
print(f"{emoji * 3}", f"{len(emoji)}", f"{ord(emoji):x}")
print(f"{'\u00e9'.upper()}")
