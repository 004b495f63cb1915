# Generated from ui/about.ui by scripts/build_forms.py. Do not edit: edit the .ui file and run it again.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'about.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
    QPlainTextEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_About(object):
    def setupUi(self, About):
        if not About.objectName():
            About.setObjectName(u"About")
        About.resize(960, 600)
        self.mainLayout = QVBoxLayout(About)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(18, 18, 18, 14)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setSpacing(16)
        self.headerLayout.setObjectName(u"headerLayout")
        self.iconLabel = QLabel(About)
        self.iconLabel.setObjectName(u"iconLabel")

        self.headerLayout.addWidget(self.iconLabel)

        self.titleLayout = QVBoxLayout()
        self.titleLayout.setObjectName(u"titleLayout")
        self.titleLabel = QLabel(About)
        self.titleLabel.setObjectName(u"titleLabel")

        self.titleLayout.addWidget(self.titleLabel)

        self.versionLabel = QLabel(About)
        self.versionLabel.setObjectName(u"versionLabel")
        self.versionLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.titleLayout.addWidget(self.versionLabel)


        self.headerLayout.addLayout(self.titleLayout)

        self.headerSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)


        self.mainLayout.addLayout(self.headerLayout)

        self.descriptionLabel = QLabel(About)
        self.descriptionLabel.setObjectName(u"descriptionLabel")
        self.descriptionLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.descriptionLabel)

        self.componentsLabel = QLabel(About)
        self.componentsLabel.setObjectName(u"componentsLabel")

        self.mainLayout.addWidget(self.componentsLabel)

        self.licenceLayout = QHBoxLayout()
        self.licenceLayout.setObjectName(u"licenceLayout")
        self.componentList = QListWidget(About)
        self.componentList.setObjectName(u"componentList")
        self.componentList.setMaximumSize(QSize(300, 16777215))

        self.licenceLayout.addWidget(self.componentList)

        self.licenceText = QPlainTextEdit(About)
        self.licenceText.setObjectName(u"licenceText")
        self.licenceText.setReadOnly(True)
        self.licenceText.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)

        self.licenceLayout.addWidget(self.licenceText)


        self.mainLayout.addLayout(self.licenceLayout)

        self.buttonBox = QDialogButtonBox(About)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.componentsLabel.setBuddy(self.componentList)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.componentList, self.licenceText)

        self.retranslateUi(About)
        self.buttonBox.rejected.connect(About.reject)

        QMetaObject.connectSlotsByName(About)
    # setupUi

    def retranslateUi(self, About):
        About.setWindowTitle(QCoreApplication.translate("About", u"About Shelter Desk", None))
        self.titleLabel.setText(QCoreApplication.translate("About", u"Shelter Desk", None))
        self.descriptionLabel.setText(QCoreApplication.translate("About", u"An offline, encrypted front-desk program for small shelters. It never connects to the internet; everything stays in the vault on this computer and in the backups you make.", None))
        self.componentsLabel.setText(QCoreApplication.translate("About", u"&Parts of Shelter Desk and their licences", None))
    # retranslateUi

