{{ (fromJson "{bad").Error }}
