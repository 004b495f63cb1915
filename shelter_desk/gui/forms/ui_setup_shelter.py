# Generated from ui/setup_shelter.ui by scripts/build_forms.py. Do not edit: edit the .ui file and run it again.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'setup_shelter.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget,
    QWizardPage)

class Ui_SetupShelter(object):
    def setupUi(self, SetupShelter):
        if not SetupShelter.objectName():
            SetupShelter.setObjectName(u"SetupShelter")
        SetupShelter.resize(560, 320)
        self.mainLayout = QVBoxLayout(SetupShelter)
        self.mainLayout.setSpacing(12)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.nameLabel = QLabel(SetupShelter)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(SetupShelter)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(120)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.hintLabel = QLabel(SetupShelter)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.hintLabel)

        self.errorLabel = QLabel(SetupShelter)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.verticalSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SetupShelter)

        QMetaObject.connectSlotsByName(SetupShelter)
    # setupUi

    def retranslateUi(self, SetupShelter):
        SetupShelter.setTitle(QCoreApplication.translate("SetupShelter", u"Your shelter", None))
        SetupShelter.setSubTitle(QCoreApplication.translate("SetupShelter", u"The name staff will see when they sign in and on every printout.", None))
        self.nameLabel.setText(QCoreApplication.translate("SetupShelter", u"&Shelter's name", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("SetupShelter", u"For example: Harbor House", None))
        self.hintLabel.setText(QCoreApplication.translate("SetupShelter", u"Use the name your staff know. It is printed at the top of every page, so if the shelter's real name or address must stay private, choose a name that is safe to show.", None))
    # retranslateUi

