#!/bin/sh
# Fails when a source steps outside its layer (README, "Layout"):
# - SQL runs only in src/storage/: no QSqlQuery, QSqlDatabase::exec, transactions begun or ended on a
#   connection (storage's WriteTransaction and ReadTransaction do that) or sqlite3_* anywhere else in src/;
# - src/crypto, src/storage, src/core, src/pictures and src/cli never include a Qt Widgets header.
# Run from the repository root; $1 is Qt's QtWidgets include folder, whose file names are the
# headers looked for (a fixed list of the common ones stands in when it is missing).
set -eu
widgets_dir=${1:-}
[ -d src/storage ] || { echo "no sources found: run from the repository root" >&2; exit 1; }
failed=0

sql=$(grep -rnE 'QSqlQuery|QSqlDatabase::exec|[Dd]atabase(\(\))?\.(commit|rollback|transaction|exec)\(|sqlite3_|<sqlite3\.h>' \
    --include='*.cpp' --include='*.h' src | grep -v '^src/storage/' || true)
if [ -n "$sql" ]; then
    echo "SQL outside src/storage/ (move it into a storage class that the caller uses):"
    echo "$sql"
    failed=1
fi

if [ -d "$widgets_dir" ]; then
    headers=$(ls "$widgets_dir" | grep -E '^Q[A-Za-z]+$' | grep -vE '^QtWidgets(Depends|Version)?$' | paste -sd'|' -)
else
    headers='QWidget|QApplication|QDialog|QMainWindow|QMessageBox|QLabel|QPushButton|QLineEdit|QAction'
fi
widgets=$(grep -rnE "#include[[:space:]]*[<\"](QtWidgets(/[A-Za-z_.]*)?|(${headers}))[>\"]" \
    --include='*.cpp' --include='*.h' src/crypto src/storage src/core src/pictures src/cli || true)
if [ -n "$widgets" ]; then
    echo "Qt Widgets in a layer below the gui (it belongs in src/gui/):"
    echo "$widgets"
    failed=1
fi

[ "$failed" -eq 0 ] || exit 1
echo "SQL only in src/storage/; no Qt Widgets in src/crypto, src/storage, src/core, src/pictures or src/cli"
