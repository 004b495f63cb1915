# Generated from ui/setup_director.ui by scripts/build_forms.py. Do not edit: edit the .ui file and run it again.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'setup_director.ui'
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

from shelter_desk.gui.password_fields import PasswordWithStrength

class Ui_SetupDirector(object):
    def setupUi(self, SetupDirector):
        if not SetupDirector.objectName():
            SetupDirector.setObjectName(u"SetupDirector")
        SetupDirector.resize(600, 460)
        self.mainLayout = QVBoxLayout(SetupDirector)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.formLayout.setVerticalSpacing(8)
        self.displayNameLabel = QLabel(SetupDirector)
        self.displayNameLabel.setObjectName(u"displayNameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.displayNameLabel)

        self.displayNameEdit = QLineEdit(SetupDirector)
        self.displayNameEdit.setObjectName(u"displayNameEdit")
        self.displayNameEdit.setMaxLength(120)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.displayNameEdit)

        self.usernameLabel = QLabel(SetupDirector)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.usernameEdit = QLineEdit(SetupDirector)
        self.usernameEdit.setObjectName(u"usernameEdit")
        self.usernameEdit.setMaxLength(64)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.usernameEdit)

        self.usernameHint = QLabel(SetupDirector)
        self.usernameHint.setObjectName(u"usernameHint")
        self.usernameHint.setWordWrap(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.usernameHint)


        self.mainLayout.addLayout(self.formLayout)

        self.rulesLabel = QLabel(SetupDirector)
        self.rulesLabel.setObjectName(u"rulesLabel")
        self.rulesLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.rulesLabel)

        self.passwordFields = PasswordWithStrength(SetupDirector)
        self.passwordFields.setObjectName(u"passwordFields")

        self.mainLayout.addWidget(self.passwordFields)

        self.errorLabel = QLabel(SetupDirector)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.verticalSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

#if QT_CONFIG(shortcut)
        self.displayNameLabel.setBuddy(self.displayNameEdit)
        self.usernameLabel.setBuddy(self.usernameEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.displayNameEdit, self.usernameEdit)
        QWidget.setTabOrder(self.usernameEdit, self.passwordFields)

        self.retranslateUi(SetupDirector)

        QMetaObject.connectSlotsByName(SetupDirector)
    # setupUi

    def retranslateUi(self, SetupDirector):
        SetupDirector.setTitle(QCoreApplication.translate("SetupDirector", u"Your account", None))
        SetupDirector.setSubTitle(QCoreApplication.translate("SetupDirector", u"You will be the director: the person who adds staff and keeps the Recovery Sheet.", None))
        self.displayNameLabel.setText(QCoreApplication.translate("SetupDirector", u"Your na&me", None))
        self.displayNameEdit.setPlaceholderText(QCoreApplication.translate("SetupDirector", u"As colleagues know you, for example: Dana Reyes", None))
        self.usernameLabel.setText(QCoreApplication.translate("SetupDirector", u"&Username", None))
        self.usernameHint.setText(QCoreApplication.translate("SetupDirector", u"What you type to sign in. Letters and numbers; no spaces.", None))
        self.rulesLabel.setText(QCoreApplication.translate("SetupDirector", u"Choose a password only you know. It needs at least 12 characters. A few unrelated words, like \"kettle orbit violet jam\", are easy to remember and very hard to guess. Do not use the shelter's name or your username.", None))
    # retranslateUi

