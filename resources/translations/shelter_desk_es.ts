<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name></name>
    <message>
        <location filename="../../shelter_desk/gui/pages/security.py" line="55"/>
        <source>&lt;b&gt;Password store:&lt;/b&gt; {store}. Sign-ins tied to it do not work from a copy of the vault on another computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/security.py" line="59"/>
        <source>&lt;b&gt;Password store:&lt;/b&gt; {store}, but it does not hold this vault&apos;s key: sign-ins are protected by password only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/security.py" line="63"/>
        <source>&lt;b&gt;Password store:&lt;/b&gt; none — sign-ins are protected by password only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/security.py" line="68"/>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/security.py" line="69"/>
        <source>&lt;b&gt;Sign-ins tied to this computer:&lt;/b&gt; {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/security.py" line="72"/>
        <source>&lt;b&gt;Sign-ins with password only:&lt;/b&gt; {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/security.py" line="75"/>
        <source>&lt;b&gt;Tied to another computer, cannot sign in here:&lt;/b&gt; {names}. They need a password reset, or the Recovery Sheet if nobody can sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/security.py" line="79"/>
        <source>&lt;b&gt;Recovery code:&lt;/b&gt; set; it works on any computer, on purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/security.py" line="81"/>
        <source>&lt;b&gt;Recovery code:&lt;/b&gt; none. Make a new Recovery Sheet below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/security.py" line="84"/>
        <source>&lt;b&gt;Password checks:&lt;/b&gt; Argon2id with 64 MB of memory, time cost {cost}: each check is made slow on purpose, so guessing passwords takes very long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/security.py" line="87"/>
        <source>&lt;b&gt;Database encryption:&lt;/b&gt; SQLCipher {version} (AES-256).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/security.py" line="89"/>
        <source>&lt;b&gt;Vault folder:&lt;/b&gt; {folder}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>About</name>
    <message>
        <location filename="../../shelter_desk/gui/help_dialogs.py" line="17"/>
        <location filename="../../ui/about.ui" line="45"/>
        <source>Shelter Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/help_dialogs.py" line="19"/>
        <source>BSD-style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/help_dialogs.py" line="27"/>
        <source>DejaVu fonts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/help_dialogs.py" line="27"/>
        <source>Bitstream Vera licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/help_dialogs.py" line="35"/>
        <source>The licence text is missing from this installation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about.ui" line="14"/>
        <source>About Shelter Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about.ui" line="76"/>
        <source>An offline, encrypted front-desk program for small shelters. It never connects to the internet; everything stays in the vault on this computer and in the backups you make.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about.ui" line="86"/>
        <source>&amp;Parts of Shelter Desk and their licences</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../shelter_desk/gui/help_dialogs.py" line="47"/>
        <source>Version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/help_dialogs.py" line="50"/>
        <source>{name} — {licence}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <location filename="../../shelter_desk/gui/pages/accounts.py" line="50"/>
        <source>Turned off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/accounts.py" line="52"/>
        <source>Cannot sign in on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/accounts.py" line="54"/>
        <source>Must set a new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/accounts.py" line="55"/>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/accounts.py" line="63"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/accounts.py" line="64"/>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/accounts.py" line="65"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/accounts.py" line="66"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/accounts.py" line="94"/>
        <source>{name} (you)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <location filename="../../shelter_desk/gui/pages/accounts.py" line="272"/>
        <location filename="../../shelter_desk/gui/pages/accounts.py" line="291"/>
        <source>Staff accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/accounts.py" line="275"/>
        <source>Everyone signs in with their own account. Turn an account off as soon as someone leaves; their history stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/accounts.py" line="293"/>
        <source>Add &amp;staff member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/accounts.py" line="295"/>
        <source>Add staff member (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/accounts.py" line="296"/>
        <source>Change &amp;role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/accounts.py" line="297"/>
        <source>Reset &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/accounts.py" line="298"/>
        <source>&amp;Turn off this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/accounts.py" line="299"/>
        <source>Turn back &amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/accounts.py" line="375"/>
        <source>{name} was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/accounts.py" line="377"/>
        <source>New account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/accounts.py" line="378"/>
        <source>{name}&apos;s account is ready. Their temporary password is:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/accounts.py" line="388"/>
        <source>Change role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/accounts.py" line="389"/>
        <source>What should {name} be able to do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/accounts.py" line="403"/>
        <source>{name} is now {role}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/accounts.py" line="410"/>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/accounts.py" line="411"/>
        <source>Give {name} a new temporary password?

Their current password stops working at once. They choose their own password when they next sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/accounts.py" line="414"/>
        <source>&amp;Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/accounts.py" line="424"/>
        <source>New temporary password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/accounts.py" line="425"/>
        <source>{name}&apos;s new temporary password is:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/accounts.py" line="434"/>
        <source>Turn off this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/accounts.py" line="435"/>
        <source>Turn off {name}&apos;s account?

They will not be able to sign in. Their history stays. You can turn the account back on later; they then get a temporary password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/accounts.py" line="438"/>
        <source>&amp;Turn off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/accounts.py" line="447"/>
        <source>{name}&apos;s account is turned off. They can no longer sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/accounts.py" line="461"/>
        <source>Account turned back on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/accounts.py" line="462"/>
        <source>{name} can sign in again. Their temporary password is:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddStaffDialog</name>
    <message>
        <location filename="../../shelter_desk/gui/pages/accounts.py" line="135"/>
        <source>Add a staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/accounts.py" line="137"/>
        <source>Shelter Desk makes a temporary password for the new account. You will see it once, to give to the person; they choose their own password when they first sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/accounts.py" line="142"/>
        <source>As colleagues know them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/accounts.py" line="154"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/accounts.py" line="155"/>
        <source>&amp;Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/accounts.py" line="156"/>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/accounts.py" line="161"/>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/accounts.py" line="189"/>
        <source>Front desk: the daily work at the desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/accounts.py" line="190"/>
        <source>House manager: runs the house; more than the front desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/accounts.py" line="191"/>
        <source>Director: everything, including staff accounts, the audit trail and security.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="55"/>
        <source>Staff &amp;accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="59"/>
        <source>A&amp;udit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="64"/>
        <source>Securit&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../shelter_desk/gui/app.py" line="103"/>
        <source>Something unexpected went wrong. What you saved before is safe. If this keeps happening, close Shelter Desk, start it again, and tell the director.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/app.py" line="203"/>
        <source>The folder {folder} holds only part of a Shelter Desk vault, so it cannot be opened and a new vault will not be made over it. Nothing was changed. Restore the vault from a backup, or start Shelter Desk with another folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppArea</name>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="82"/>
        <source>Screens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="99"/>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="146"/>
        <source>Important</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="100"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="101"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="102"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="103"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="164"/>
        <source>Event {id}, stored as {utc} (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="79"/>
        <source>it was changed or put out of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="80"/>
        <source>the key that sealed it is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="186"/>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="189"/>
        <source>Everything done in Shelter Desk is written here and cannot be changed without it showing. Important events are marked &quot;Important&quot; and in bold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="201"/>
        <source>From the &amp;beginning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="202"/>
        <source>Up to &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="213"/>
        <source>Fr&amp;om</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="215"/>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="217"/>
        <source>&amp;Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="219"/>
        <source>&amp;What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="249"/>
        <source>Audit events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="252"/>
        <source>&amp;Check the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="253"/>
        <source>Checks every event, from the first, for changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="307"/>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="311"/>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="341"/>
        <source>No events match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="343"/>
        <source>Showing {shown} of {total} events (scroll for more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="346"/>
        <source>{total} events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="351"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="352"/>
        <source>Checking the audit trail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="366"/>
        <source>The audit trail is intact: {n} events checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="374"/>
        <source>The audit trail has been changed: event {id} does not fit ({reason}). Events before it are as they were written. Do not delete anything. Contact the person who looks after your shelter&apos;s computers, and keep your backups: they hold the trail as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="383"/>
        <source>The audit trail has been changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePassword</name>
    <message>
        <location filename="../../shelter_desk/gui/change_password.py" line="21"/>
        <source>Strength: {label}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/change_password.ui" line="14"/>
        <source>Change my password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/change_password.ui" line="38"/>
        <source>Choose a new password. A short sentence of a few unrelated words is easy to remember and hard to guess. Use at least 12 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/change_password.ui" line="56"/>
        <source>&amp;Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/change_password.ui" line="76"/>
        <source>&amp;New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/change_password.ui" line="103"/>
        <source>&amp;Type it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/change_password.ui" line="123"/>
        <source>S&amp;how the passwords</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../shelter_desk/gui/change_password.py" line="54"/>
        <source>&amp;Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/change_password.py" line="58"/>
        <source>Choose your own password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/change_password.py" line="61"/>
        <source>Welcome, {name}. You signed in with a temporary password. Choose your own password to go on: at least 12 characters; a short sentence of a few unrelated words works well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/change_password.py" line="66"/>
        <source>&amp;Temporary password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/change_password.py" line="67"/>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/change_password.py" line="93"/>
        <source>Please type your current password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/change_password.py" line="95"/>
        <source>Please type a new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/change_password.py" line="98"/>
        <source>The two new passwords are not the same. Please type it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectorPage</name>
    <message>
        <location filename="../../shelter_desk/gui/setup_wizard.py" line="128"/>
        <source>&amp;Set up Shelter Desk &gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../shelter_desk/gui/setup_wizard.py" line="363"/>
        <source>Shelter Desk is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/setup_wizard.py" line="364"/>
        <source>You are signed in as the director.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/setup_wizard.py" line="367"/>
        <source>What to do next:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/setup_wizard.py" line="369"/>
        <source>1. &lt;b&gt;Add your staff&lt;/b&gt; in Admin → Staff accounts. Each person gets a temporary password, shown once; they choose their own the first time they sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/setup_wizard.py" line="372"/>
        <source>2. &lt;b&gt;Lock the Recovery Sheet away.&lt;/b&gt; If it is ever lost, make a new one in Admin → Security.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/setup_wizard.py" line="375"/>
        <source>3. &lt;b&gt;Press Ctrl+L to lock the screen&lt;/b&gt; whenever you step away. Shelter Desk also locks by itself after a few minutes without use.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyboardShortcuts</name>
    <message>
        <location filename="../../ui/keyboard_shortcuts.ui" line="14"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keyboard_shortcuts.ui" line="32"/>
        <source>Everything in Shelter Desk can be done with the keyboard. These keys work anywhere in the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keyboard_shortcuts.ui" line="64"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keyboard_shortcuts.ui" line="69"/>
        <source>What they do</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="163"/>
        <source>&amp;Lock the screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="165"/>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="166"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="167"/>
        <source>&amp;Change my password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="168"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="169"/>
        <source>&amp;About Shelter Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="172"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="177"/>
        <source>&amp;My account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="179"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="190"/>
        <source>Signed in: {name} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="193"/>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="193"/>
        <source>Nobody is signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="242"/>
        <source>The vault&apos;s key file was changed outside Shelter Desk since it was last used. It has been sealed again. If nobody here changed it, the audit trail has a note about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="246"/>
        <source>A change of the data key that was interrupted has now been finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="249"/>
        <source>A change of the data key that was interrupted has been undone. The earlier passwords and recovery code still work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="254"/>
        <source>Shelter Desk updated the vault for this version, after making a backup first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="260"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="266"/>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="321"/>
        <source>You have been signed in for 12 hours. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="330"/>
        <source>You have signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="342"/>
        <source>Your password has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="350"/>
        <source>Lock the screen now (do this whenever you step away)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="351"/>
        <source>Sign out and close Shelter Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="352"/>
        <source>Show this list of keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="356"/>
        <source>Go to {screen}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="358"/>
        <source>Ctrl+1, Ctrl+2, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="358"/>
        <source>Go to the screens in the list on the left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="360"/>
        <source>Tab / Shift+Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="360"/>
        <source>Move to the next / previous field or button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="361"/>
        <source>Up / Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="361"/>
        <source>Choose in a list, such as the screens on the left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="362"/>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="362"/>
        <source>Press the highlighted button (Sign in, OK, Next)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="363"/>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="363"/>
        <source>Close a window without changing anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="364"/>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="364"/>
        <source>Press the button or tick the box that has the focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="365"/>
        <source>Alt + underlined letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="365"/>
        <source>Go to that field, press that button or open that menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="366"/>
        <source>Next tab (for example in Admin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="367"/>
        <source>Previous tab</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordPromptDialog</name>
    <message>
        <location filename="../../shelter_desk/gui/pages/security.py" line="110"/>
        <source>Your &amp;password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/security.py" line="128"/>
        <source>Please type your password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordWithStrength</name>
    <message>
        <location filename="../../shelter_desk/gui/password_fields.py" line="53"/>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/password_fields.py" line="55"/>
        <source>Type it &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/password_fields.py" line="64"/>
        <source>Password strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/password_fields.py" line="78"/>
        <source>S&amp;how the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/password_fields.py" line="127"/>
        <source>Strength: {label}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/password_fields.py" line="136"/>
        <source>At least 12 characters. A few unrelated words work well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/password_fields.py" line="142"/>
        <source>✓ The two passwords are the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/password_fields.py" line="144"/>
        <source>The two passwords are not the same yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlainWords</name>
    <message>
        <location filename="../../shelter_desk/gui/plain_words.py" line="21"/>
        <source>Windows Credential Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plain_words.py" line="22"/>
        <source>the macOS Keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plain_words.py" line="23"/>
        <source>the Secret Service (GNOME Keyring or KWallet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plain_words.py" line="26"/>
        <source>KWallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plain_words.py" line="27"/>
        <source>the Secret Service (libsecret)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plain_words.py" line="38"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plain_words.py" line="49"/>
        <source>Unlocking takes less than a tenth of a second on this computer (test settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/plain_words.py" line="53"/>
        <source>Unlocking takes about {seconds} seconds on this computer, which makes guessing passwords very slow.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../shelter_desk/gui/recovery_dialog.py" line="40"/>
        <source>Use the recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/recovery_dialog.py" line="47"/>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/recovery_dialog.py" line="62"/>
        <source>Type the recovery code from the shelter&apos;s Recovery Sheet (kept in the office safe). Capital or small letters, spaces and dashes do not matter. Using the code is written in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/recovery_dialog.py" line="72"/>
        <source>Recovery &amp;code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/recovery_dialog.py" line="92"/>
        <source>The code is right. Choose the director account and give it a new password. It will work on this computer from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/recovery_dialog.py" line="110"/>
        <source>Director &amp;account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/recovery_dialog.py" line="99"/>
        <source>&amp;New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/recovery_dialog.py" line="144"/>
        <source>&amp;Set the password and sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/recovery_dialog.py" line="152"/>
        <source>Please type a new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/recovery_dialog.py" line="155"/>
        <source>The two new passwords are not the same. Please type it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../shelter_desk/gui/setup_wizard.py" line="330"/>
        <source>Your Recovery Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/setup_wizard.py" line="331"/>
        <source>The only way back in if every director password is forgotten. Keep it the way you keep the key to the safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/setup_wizard.py" line="334"/>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoverySheetDialog</name>
    <message>
        <location filename="../../shelter_desk/gui/pages/security.py" line="158"/>
        <source>New Recovery Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/security.py" line="166"/>
        <source>Everyone else now has a temporary password. Give each person theirs in person; they choose their own when they next sign in. These are shown only now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/security.py" line="169"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/security.py" line="169"/>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/security.py" line="169"/>
        <source>Temporary password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/security.py" line="189"/>
        <source>&lt;b&gt;Old backups still open with the old key and the old Recovery Sheet.&lt;/b&gt; Destroy them if they could be in the wrong hands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/security.py" line="196"/>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/security.py" line="218"/>
        <source>Close without keeping the sheet?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/security.py" line="219"/>
        <source>The old Recovery Sheet no longer works, and this new one has not been kept yet. If you close now, make another new Recovery Sheet soon.

Close anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoverySheetPanel</name>
    <message>
        <location filename="../../shelter_desk/gui/recovery_sheet_panel.py" line="61"/>
        <source>This is the shelter&apos;s recovery code. With it, a director can open the vault after every password is forgotten, or on a new computer. Print the Recovery Sheet or save it as a PDF on a USB stick, and keep it locked away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/recovery_sheet_panel.py" line="75"/>
        <source>Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/recovery_sheet_panel.py" line="85"/>
        <source>&amp;Print the Recovery Sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/recovery_sheet_panel.py" line="86"/>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/recovery_sheet_panel.py" line="101"/>
        <source>To check, type the &amp;last five characters of the code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/recovery_sheet_panel.py" line="112"/>
        <source>I have printed or saved the Recovery Sheet and will &amp;keep it in a safe place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/recovery_sheet_panel.py" line="180"/>
        <source>Recovery Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/recovery_sheet_panel.py" line="186"/>
        <source>The Recovery Sheet was sent to the printer. Check that it came out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/recovery_sheet_panel.py" line="194"/>
        <source>Recovery Sheet.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/recovery_sheet_panel.py" line="202"/>
        <source>Saved as {path}. Move it to a USB stick kept in a safe place, then delete it from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/recovery_sheet_panel.py" line="221"/>
        <source>First print the sheet or save it as a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/recovery_sheet_panel.py" line="225"/>
        <source>✓ That matches the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/recovery_sheet_panel.py" line="227"/>
        <source>That does not match the last five characters. Look again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecuringPage</name>
    <message>
        <location filename="../../shelter_desk/gui/setup_wizard.py" line="216"/>
        <source>Securing this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/setup_wizard.py" line="217"/>
        <source>Shelter Desk measures this computer&apos;s speed and creates the encrypted vault. This takes a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/setup_wizard.py" line="220"/>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/setup_wizard.py" line="227"/>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/setup_wizard.py" line="265"/>
        <source>Measuring how fast this computer is…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/setup_wizard.py" line="278"/>
        <source>Creating the encrypted vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/setup_wizard.py" line="294"/>
        <source>Done. This computer is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/setup_wizard.py" line="298"/>
        <source>Sign-ins are tied to this computer&apos;s password store ({store}). A copy of the vault folder cannot be opened on another computer without the Recovery Sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/setup_wizard.py" line="304"/>
        <source>Sign-ins are protected by the password only ({reason}), so a copy of the vault folder could be opened by someone who guesses a password. Choose strong passwords.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/setup_wizard.py" line="316"/>
        <source>Shelter Desk could not finish setting up.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecurityPage</name>
    <message>
        <location filename="../../shelter_desk/gui/pages/security.py" line="246"/>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/security.py" line="249"/>
        <source>How this vault is protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/security.py" line="259"/>
        <source>Screen lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/security.py" line="263"/>
        <source>Minutes of no use before the screen locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/security.py" line="264"/>
        <source>&amp;Lock the screen after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/security.py" line="266"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/security.py" line="274"/>
        <source>minutes of no use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/security.py" line="282"/>
        <source>Recovery Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/security.py" line="285"/>
        <source>Make a new Recovery Sheet if the old one is lost, was seen by someone else, or was used. The old sheet stops working at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/security.py" line="287"/>
        <source>Make a &amp;new Recovery Sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/security.py" line="292"/>
        <source>Data key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/security.py" line="295"/>
        <source>Change the data key after a staff member left under difficult circumstances. Everyone else gets a temporary password, and you get a new Recovery Sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/security.py" line="297"/>
        <source>Change the data &amp;key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/security.py" line="351"/>
        <source>Saved. The screen now locks after {n} minutes of no use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/security.py" line="358"/>
        <source>Make a new Recovery Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/security.py" line="359"/>
        <source>Shelter Desk will make a new recovery code. &lt;b&gt;The old Recovery Sheet stops working at once&lt;/b&gt;; destroy it once the new one is kept.&lt;br&gt;&lt;br&gt;Type your password to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/security.py" line="362"/>
        <source>&amp;Make a new sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/security.py" line="364"/>
        <source>Making a new recovery code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/security.py" line="367"/>
        <source>Here is the new recovery code. Print or save the new Recovery Sheet now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/security.py" line="373"/>
        <source>A new Recovery Sheet was made. Destroy the old one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/security.py" line="379"/>
        <source>Change the data key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/security.py" line="381"/>
        <source>Do this after a staff member left under difficult circumstances, or if you think someone has a copy of the vault and a password.&lt;br&gt;&lt;br&gt;&amp;bull; Everything is encrypted again with a new key. This can take a minute.&lt;br&gt;&amp;bull; &lt;b&gt;Everyone else gets a temporary password.&lt;/b&gt; You will see the list to hand out; they choose their own when they next sign in.&lt;br&gt;&amp;bull; You get a new Recovery Sheet; the old one stops working for this vault.&lt;br&gt;&amp;bull; &lt;b&gt;Old backups still open with the old key and the old Recovery Sheet&lt;/b&gt; (and the old passwords). Destroy old backups and the old sheet if they could be in the wrong hands.&lt;br&gt;&lt;br&gt;Type your password to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/security.py" line="391"/>
        <source>Change the data &amp;key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/security.py" line="393"/>
        <source>Changing the data key… Please wait and do not switch off the computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/security.py" line="405"/>
        <source>The data key has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/security.py" line="414"/>
        <source>The data key was changed. Old backups still open with the old key and the old Recovery Sheet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupDirector</name>
    <message>
        <location filename="../../ui/setup_director.ui" line="14"/>
        <source>Your account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_director.ui" line="17"/>
        <source>You will be the director: the person who adds staff and keeps the Recovery Sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_director.ui" line="34"/>
        <source>Your na&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_director.ui" line="47"/>
        <source>As colleagues know you, for example: Dana Reyes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_director.ui" line="54"/>
        <source>&amp;Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_director.ui" line="71"/>
        <source>What you type to sign in. Letters and numbers; no spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_director.ui" line="83"/>
        <source>Choose a password only you know. It needs at least 12 characters. A few unrelated words, like &quot;kettle orbit violet jam&quot;, are easy to remember and very hard to guess. Do not use the shelter&apos;s name or your username.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupShelter</name>
    <message>
        <location filename="../../ui/setup_shelter.ui" line="14"/>
        <source>Your shelter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_shelter.ui" line="17"/>
        <source>The name staff will see when they sign in and on every printout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_shelter.ui" line="31"/>
        <source>&amp;Shelter&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_shelter.ui" line="44"/>
        <source>For example: Harbor House</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_shelter.ui" line="53"/>
        <source>Use the name your staff know. It is printed at the top of every page, so if the shelter&apos;s real name or address must stay private, choose a name that is safe to show.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../shelter_desk/gui/setup_wizard.py" line="395"/>
        <source>Set up Shelter Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/setup_wizard.py" line="402"/>
        <source>&amp;Start using Shelter Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/setup_wizard.py" line="430"/>
        <source>Leave the setup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/setup_wizard.py" line="431"/>
        <source>Shelter Desk is set up, but the Recovery Sheet has not been kept yet. Without it, nobody can get in if every director password is forgotten.

You can make a new Recovery Sheet later in Admin → Security. Leave now anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <location filename="../../ui/sign_in.ui" line="14"/>
        <location filename="../../ui/sign_in.ui" line="88"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.ui" line="119"/>
        <source>&amp;Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.ui" line="136"/>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.ui" line="175"/>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.ui" line="185"/>
        <source>Use the &amp;recovery code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <location filename="../../shelter_desk/gui/sign_in.py" line="62"/>
        <source>For a director who forgot the password, or a new computer: use the code on the Recovery Sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/sign_in.py" line="72"/>
        <source>Sign in to {shelter}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/sign_in.py" line="74"/>
        <source>Sign in to Shelter Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/sign_in.py" line="80"/>
        <source>The screen is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/sign_in.py" line="82"/>
        <source>{name} was signed in. Type the password to go on, or sign in with your own username instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/sign_in.py" line="170"/>
        <source>Too many wrong passwords. Please wait {wait} before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/sign_in.py" line="179"/>
        <source>{minutes} min {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/sign_in.py" line="181"/>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/sign_in.py" line="182"/>
        <source>{seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemporaryPasswordDialog</name>
    <message>
        <location filename="../../shelter_desk/gui/pages/accounts.py" line="225"/>
        <source>Username: &lt;b&gt;{username}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/accounts.py" line="235"/>
        <source>Temporary password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/accounts.py" line="236"/>
        <source>&lt;b&gt;They must choose their own password when they first sign in.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/accounts.py" line="238"/>
        <source>This password is shown only now. Give it to them in person; do not send it by text message or email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/accounts.py" line="243"/>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../shelter_desk/gui/pages/today.py" line="27"/>
        <source>Hello, {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/today.py" line="31"/>
        <source>You are signed in at {shelter}. Your role: {role}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/today.py" line="37"/>
        <source>When you step away from the desk, press Ctrl+L to lock the screen. Press F1 to see every keyboard shortcut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/today.py" line="45"/>
        <source>Needs your attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/today.py" line="65"/>
        <source>This computer has no password store that Shelter Desk can use, so sign-ins are protected by passwords only. Someone who copies the vault folder could try to guess a weak password. Admin → Security explains more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/today.py" line="73"/>
        <source>The newest Recovery Sheet was never printed or saved, so nobody could use it if every director password were forgotten. Make a new one in Admin → Security and keep it in the safe.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../shelter_desk/gui/setup_wizard.py" line="52"/>
        <source>Welcome to Shelter Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/setup_wizard.py" line="53"/>
        <source>Let&apos;s set up Shelter Desk for your shelter. It takes about five minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/setup_wizard.py" line="57"/>
        <source>Shelter Desk keeps the records of the people staying at your shelter: who is here, what they need, safety plans and incidents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/setup_wizard.py" line="60"/>
        <source>&lt;b&gt;It works without the internet.&lt;/b&gt; Nothing is sent anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/setup_wizard.py" line="62"/>
        <source>&lt;b&gt;Everything is encrypted on this computer.&lt;/b&gt; Without a staff password or the Recovery Sheet, the files cannot be read, even by someone who takes the computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/setup_wizard.py" line="65"/>
        <source>You will name the shelter, create your own account as director, and print the Recovery Sheet. Have a printer or a USB stick ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/setup_wizard.py" line="68"/>
        <source>The encrypted files will be kept in this folder:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="50"/>
        <source>Set up Shelter Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="51"/>
        <source>Updated the database after a program update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="52"/>
        <source>Sign-in file changed outside Shelter Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="53"/>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="54"/>
        <source>Wrong password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="55"/>
        <source>Signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="56"/>
        <source>Locked the screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="57"/>
        <source>Unlocked the screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="58"/>
        <source>Took over from someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="59"/>
        <source>Signed in too long (12 hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="60"/>
        <source>Used the recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="61"/>
        <source>Tried something not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="62"/>
        <source>Added a staff account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="63"/>
        <source>Changed someone&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="64"/>
        <source>Reset someone&apos;s password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="65"/>
        <source>Turned off an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="66"/>
        <source>Turned an account back on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="67"/>
        <source>Changed their own password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="68"/>
        <source>Changed the data key or recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="69"/>
        <source>Saved the Recovery Sheet as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="70"/>
        <source>Printed the Recovery Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="71"/>
        <source>Changed a setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="72"/>
        <source>Opened the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="73"/>
        <source>Checked the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="74"/>
        <source>Made a backup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>device</name>
    <message>
        <location filename="../../shelter_desk/crypto/device.py" line="59"/>
        <source>no password store on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/crypto/device.py" line="63"/>
        <location filename="../../shelter_desk/crypto/device.py" line="74"/>
        <source>the password store is locked or refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/crypto/device.py" line="67"/>
        <source>the password store already holds a key for this vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/crypto/device.py" line="76"/>
        <source>the password store did not keep the key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../shelter_desk/crypto/keyslots.py" line="210"/>
        <source>The key file of the vault could not be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/crypto/keyslots.py" line="227"/>
        <source>The vault&apos;s key file (shelter.keys) is damaged, so no one can sign in with it. Nothing was changed. Restore the key file or the whole vault from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/crypto/keyslots.py" line="236"/>
        <source>The vault&apos;s key file (shelter.keys) has no sign-ins in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/errors.py" line="19"/>
        <source>Something went wrong. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/errors.py" line="35"/>
        <source>There is no Shelter Desk vault in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/errors.py" line="39"/>
        <source>A Shelter Desk vault already exists in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/errors.py" line="45"/>
        <source>The vault files are damaged and cannot be opened safely. Nothing was changed. Restore the most recent backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/errors.py" line="53"/>
        <source>This vault was last used by a newer version of Shelter Desk. Install that version to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/errors.py" line="61"/>
        <source>A change of the data key was interrupted, so this sign-in no longer works. Nothing is lost: the director must sign in once to finish the change. Do not restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/errors.py" line="69"/>
        <source>Shelter Desk is already open with this vault on this computer. Use the window that is already open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/errors.py" line="77"/>
        <source>The username or password is not right. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/errors.py" line="81"/>
        <source>That recovery code is not right for this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/errors.py" line="85"/>
        <source>That recovery code has a typing mistake. Check each group of letters and numbers against the Recovery Sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/errors.py" line="95"/>
        <source>Too many wrong passwords for this account. Please wait {wait} before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/errors.py" line="106"/>
        <source>This account has been turned off. Ask the director if you need access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/errors.py" line="112"/>
        <source>This vault&apos;s passwords only work on the computer where they were set, and this computer&apos;s password store does not have the vault&apos;s device key (a new computer, a new Windows account, or a changed password store). Sign in with the recovery code from the Recovery Sheet instead; nothing has been lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/errors.py" line="122"/>
        <source>Please sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/errors.py" line="126"/>
        <source>You have been signed in for 12 hours. Please sign in again to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/errors.py" line="132"/>
        <source>You signed in with a temporary password. Please choose your own password first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/errors.py" line="138"/>
        <source>Your account is not allowed to {what}. Ask a {who} to do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/errors.py" line="146"/>
        <source>Please check what you typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/errors.py" line="154"/>
        <source>The vault&apos;s key slots use weaker protection than Shelter Desk allows. The vault was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/worker.py" line="91"/>
        <source>The computer could not read or write a file ({reason}). Nothing was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/worker.py" line="95"/>
        <source>Something unexpected went wrong. Nothing was saved by this step; please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/worker.py" line="101"/>
        <source>Shelter Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/accounts.py" line="42"/>
        <source>Choose a role from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/accounts.py" line="70"/>
        <source>That account no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/accounts.py" line="112"/>
        <source>The username {name} is already taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/accounts.py" line="132"/>
        <source>The shelter needs at least one director. Make someone else director first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/accounts.py" line="150"/>
        <source>Turn this account back on first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/accounts.py" line="163"/>
        <source>You cannot turn off your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/accounts.py" line="170"/>
        <source>The shelter needs at least one director.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/accounts.py" line="186"/>
        <source>This account is already on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/accounts.py" line="201"/>
        <source>Your password is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/auth.py" line="119"/>
        <source>Please type your username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/auth.py" line="121"/>
        <source>Please type your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/auth.py" line="247"/>
        <source>Choose one of the director accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/auth.py" line="320"/>
        <source>Your current password is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/auth.py" line="322"/>
        <source>Choose a new password that is different from the old one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/settings.py" line="77"/>
        <source>The screen lock time must be between {low} and {high} minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/validation.py" line="14"/>
        <source>A username needs 2 to 64 letters or numbers (dots, dashes and underscores are fine, spaces are not).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/validation.py" line="27"/>
        <source>Please fill in {label}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/validation.py" line="30"/>
        <source>{label} is too long (at most {n} characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/storage/db.py" line="35"/>
        <source>The database could not be opened with this key: it is damaged or belongs to another vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/storage/db.py" line="172"/>
        <source>The vault&apos;s database is damaged and cannot be read safely ({reason}). Nothing was changed. Restore the most recent backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../shelter_desk/gui/setup_wizard.py" line="103"/>
        <location filename="../../shelter_desk/services/setup.py" line="62"/>
        <source>the shelter&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/setup_wizard.py" line="182"/>
        <location filename="../../shelter_desk/services/setup.py" line="64"/>
        <source>your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/accounts.py" line="106"/>
        <source>the person&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passwords</name>
    <message>
        <location filename="../../shelter_desk/passwords.py" line="23"/>
        <source>Very easy to guess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/passwords.py" line="24"/>
        <source>Easy to guess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/passwords.py" line="25"/>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/passwords.py" line="26"/>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/passwords.py" line="27"/>
        <source>Very strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/passwords.py" line="54"/>
        <source>Use at least 12 characters. A short sentence works well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/passwords.py" line="56"/>
        <source>That password is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/passwords.py" line="58"/>
        <source>That is one of the most common passwords. Choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/passwords.py" line="64"/>
        <source>Do not use your username or the shelter&apos;s name in the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/passwords.py" line="74"/>
        <source>That password is too easy to guess (repeats, sequences or a common word). Try a few unrelated words.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>permissions</name>
    <message>
        <location filename="../../shelter_desk/permissions.py" line="38"/>
        <source>change its password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/permissions.py" line="39"/>
        <source>manage staff accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/permissions.py" line="40"/>
        <source>read the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/permissions.py" line="41"/>
        <source>change security settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/permissions.py" line="42"/>
        <source>change the data key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/permissions.py" line="43"/>
        <source>see the security settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <location filename="../../shelter_desk/permissions.py" line="21"/>
        <source>Front desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/permissions.py" line="22"/>
        <source>House manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/permissions.py" line="23"/>
        <source>Director</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warnings</name>
    <message>
        <location filename="../../shelter_desk/storage/location.py" line="30"/>
        <source>The vault is in a folder that a cloud service copies ({name}). Cloud copying can damage the database and sends the encrypted files off this computer. Move the vault to a folder on this computer and make backups to a USB stick instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/storage/location.py" line="36"/>
        <source>The vault is on a network drive. Database files on network drives can be damaged. Move the vault to a folder on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
