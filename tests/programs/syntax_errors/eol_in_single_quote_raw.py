p = r"C:\path\"
