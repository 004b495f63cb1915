# Generated from ui/keyboard_shortcuts.ui by scripts/build_forms.py. Do not edit: edit the .ui file and run it again.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'keyboard_shortcuts.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHeaderView, QLabel, QSizePolicy,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_KeyboardShortcuts(object):
    def setupUi(self, KeyboardShortcuts):
        if not KeyboardShortcuts.objectName():
            KeyboardShortcuts.setObjectName(u"KeyboardShortcuts")
        KeyboardShortcuts.resize(720, 560)
        self.mainLayout = QVBoxLayout(KeyboardShortcuts)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(18, 18, 18, 14)
        self.introLabel = QLabel(KeyboardShortcuts)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.shortcutTable = QTableWidget(KeyboardShortcuts)
        if (self.shortcutTable.columnCount() < 2):
            self.shortcutTable.setColumnCount(2)
        __qtablewidgetitem = QTableWidgetItem()
        self.shortcutTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.shortcutTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        self.shortcutTable.setObjectName(u"shortcutTable")
        self.shortcutTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.shortcutTable.setAlternatingRowColors(True)
        self.shortcutTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.shortcutTable.setColumnCount(2)
        self.shortcutTable.setWordWrap(False)
        self.shortcutTable.horizontalHeader().setStretchLastSection(True)
        self.shortcutTable.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.shortcutTable)

        self.buttonBox = QDialogButtonBox(KeyboardShortcuts)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(KeyboardShortcuts)
        self.buttonBox.rejected.connect(KeyboardShortcuts.reject)

        QMetaObject.connectSlotsByName(KeyboardShortcuts)
    # setupUi

    def retranslateUi(self, KeyboardShortcuts):
        KeyboardShortcuts.setWindowTitle(QCoreApplication.translate("KeyboardShortcuts", u"Keyboard shortcuts", None))
        self.introLabel.setText(QCoreApplication.translate("KeyboardShortcuts", u"Everything in Shelter Desk can be done with the keyboard. These keys work anywhere in the program.", None))
        ___qtablewidgetitem = self.shortcutTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("KeyboardShortcuts", u"Keys", None))
        ___qtablewidgetitem1 = self.shortcutTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("KeyboardShortcuts", u"What they do", None))
    # retranslateUi

