{{ hello }}
