{{ printf }}
