total = "count: "
total += 5
