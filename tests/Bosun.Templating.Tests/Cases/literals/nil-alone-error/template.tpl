{{ nil }}
