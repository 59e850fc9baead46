{{ mustFromJson "{\"x\": 2}" }}
