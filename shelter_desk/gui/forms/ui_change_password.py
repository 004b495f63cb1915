# Generated from ui/change_password.ui by scripts/build_forms.py. Do not edit: edit the .ui file and run it again.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'change_password.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_ChangePassword(object):
    def setupUi(self, ChangePassword):
        if not ChangePassword.objectName():
            ChangePassword.setObjectName(u"ChangePassword")
        ChangePassword.resize(600, 400)
        ChangePassword.setModal(True)
        self.mainLayout = QVBoxLayout(ChangePassword)
        self.mainLayout.setSpacing(12)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(18, 18, 18, 14)
        self.introLabel = QLabel(ChangePassword)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.formLayout.setVerticalSpacing(10)
        self.currentLabel = QLabel(ChangePassword)
        self.currentLabel.setObjectName(u"currentLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.currentLabel)

        self.currentEdit = QLineEdit(ChangePassword)
        self.currentEdit.setObjectName(u"currentEdit")
        self.currentEdit.setMaxLength(1024)
        self.currentEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.currentEdit)

        self.newLabel = QLabel(ChangePassword)
        self.newLabel.setObjectName(u"newLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.newLabel)

        self.newEdit = QLineEdit(ChangePassword)
        self.newEdit.setObjectName(u"newEdit")
        self.newEdit.setMaxLength(1024)
        self.newEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.newEdit)

        self.strengthLabel = QLabel(ChangePassword)
        self.strengthLabel.setObjectName(u"strengthLabel")
        self.strengthLabel.setWordWrap(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.strengthLabel)

        self.repeatLabel = QLabel(ChangePassword)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.repeatLabel)

        self.repeatEdit = QLineEdit(ChangePassword)
        self.repeatEdit.setObjectName(u"repeatEdit")
        self.repeatEdit.setMaxLength(1024)
        self.repeatEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.repeatEdit)

        self.showCheck = QCheckBox(ChangePassword)
        self.showCheck.setObjectName(u"showCheck")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.showCheck)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(ChangePassword)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.verticalSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(ChangePassword)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.currentLabel.setBuddy(self.currentEdit)
        self.newLabel.setBuddy(self.newEdit)
        self.repeatLabel.setBuddy(self.repeatEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.currentEdit, self.newEdit)
        QWidget.setTabOrder(self.newEdit, self.repeatEdit)
        QWidget.setTabOrder(self.repeatEdit, self.showCheck)

        self.retranslateUi(ChangePassword)

        QMetaObject.connectSlotsByName(ChangePassword)
    # setupUi

    def retranslateUi(self, ChangePassword):
        ChangePassword.setWindowTitle(QCoreApplication.translate("ChangePassword", u"Change my password", None))
        self.introLabel.setText(QCoreApplication.translate("ChangePassword", u"Choose a new password. A short sentence of a few unrelated words is easy to remember and hard to guess. Use at least 12 characters.", None))
        self.currentLabel.setText(QCoreApplication.translate("ChangePassword", u"&Current password", None))
        self.newLabel.setText(QCoreApplication.translate("ChangePassword", u"&New password", None))
        self.repeatLabel.setText(QCoreApplication.translate("ChangePassword", u"&Type it again", None))
        self.showCheck.setText(QCoreApplication.translate("ChangePassword", u"S&how the passwords", None))
    # retranslateUi

