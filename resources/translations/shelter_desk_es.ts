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
        <location filename="../../shelter_desk/gui/main_window.py" line="56"/>
        <source>Staff &amp;accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="60"/>
        <source>A&amp;udit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="65"/>
        <source>Securit&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlreadyKnown</name>
    <message>
        <location filename="../../shelter_desk/gui/resident_dialogs.py" line="50"/>
        <source>&lt;b&gt;Already known?&lt;/b&gt; Residents with this name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_dialogs.py" line="52"/>
        <source>Residents already known with this name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_dialogs.py" line="56"/>
        <source>Ta&amp;ke her back in instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_dialogs.py" line="57"/>
        <source>A new stay for the same person; her earlier stays are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_dialogs.py" line="81"/>
        <source>{alias}: here now, in {bed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_dialogs.py" line="82"/>
        <source>{alias}: here now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_dialogs.py" line="85"/>
        <source>{alias}: left on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_dialogs.py" line="105"/>
        <source>{alias} is staying here now (since {day}). She does not need to be taken in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_dialogs.py" line="108"/>
        <source>If this is her, take her back in instead of making a second record.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AmendmentDialog</name>
    <message>
        <location filename="../../shelter_desk/gui/casework_dialogs.py" line="198"/>
        <source>Add an amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/casework_dialogs.py" line="201"/>
        <source>The note as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/casework_dialogs.py" line="202"/>
        <source>{kind} note of {day}, written by {author}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/casework_dialogs.py" line="208"/>
        <source>The note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/casework_dialogs.py" line="210"/>
        <source>&amp;Amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/casework_dialogs.py" line="212"/>
        <source>The note stays as it was written. Your amendment is added under it with today&apos;s date and your name.</source>
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
        <location filename="../../shelter_desk/gui/main_window.py" line="83"/>
        <source>Screens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="118"/>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="165"/>
        <source>Important</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="119"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="120"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="121"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="122"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="183"/>
        <source>Event {id}, stored as {utc} (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="98"/>
        <source>it was changed or put out of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="99"/>
        <source>the key that sealed it is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="205"/>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="208"/>
        <source>Everything done in Shelter Desk is written here and cannot be changed without it showing. Important events are marked &quot;Important&quot; and in bold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="220"/>
        <source>From the &amp;beginning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="221"/>
        <source>Up to &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="232"/>
        <source>Fr&amp;om</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="234"/>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="236"/>
        <source>&amp;Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="238"/>
        <source>&amp;What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="268"/>
        <source>Audit events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="271"/>
        <source>&amp;Check the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="272"/>
        <source>Checks every event, from the first, for changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="326"/>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="330"/>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="360"/>
        <source>No events match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="362"/>
        <source>Showing {shown} of {total} events (scroll for more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="365"/>
        <source>{total} events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="370"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="371"/>
        <source>Checking the audit trail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="385"/>
        <source>The audit trail is intact: {n} events checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="393"/>
        <source>The audit trail has been changed: event {id} does not fit ({reason}). Events before it are as they were written. Do not delete anything. Contact the person who looks after your shelter&apos;s computers, and keep your backups: they hold the trail as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="402"/>
        <source>The audit trail has been changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BedBoard</name>
    <message>
        <location filename="../../shelter_desk/gui/bed_board_model.py" line="126"/>
        <source>Held for {note} until {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/bed_board_model.py" line="128"/>
        <source>Held for {note}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BedBoardModel</name>
    <message>
        <location filename="../../shelter_desk/gui/bed_board_model.py" line="26"/>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/bed_board_model.py" line="27"/>
        <source>Bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/bed_board_model.py" line="28"/>
        <source>In this bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/bed_board_model.py" line="29"/>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/bed_board_model.py" line="48"/>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BedForm</name>
    <message>
        <location filename="../../shelter_desk/gui/rooms_dialog.py" line="179"/>
        <source>Add a bed to {room}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/rooms_dialog.py" line="183"/>
        <source>Rename bed {label} in {room}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/rooms_dialog.py" line="191"/>
        <source>Bed &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/rooms_dialog.py" line="192"/>
        <source>A number or a short word, such as 3, A or Window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/rooms_dialog.py" line="196"/>
        <source>&amp;Add the bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/rooms_dialog.py" line="196"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BedsPage</name>
    <message>
        <location filename="../../shelter_desk/gui/pages/beds.py" line="61"/>
        <source>Bed board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/beds.py" line="69"/>
        <source>Waiting for a bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/beds.py" line="74"/>
        <source>Beds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/beds.py" line="79"/>
        <source>&amp;Rooms and beds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/beds.py" line="82"/>
        <source>&amp;Give this bed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/beds.py" line="83"/>
        <source>Mo&amp;ve to another bed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/beds.py" line="84"/>
        <source>Ho&amp;ld this bed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/beds.py" line="85"/>
        <source>R&amp;elease the hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/beds.py" line="86"/>
        <source>&amp;Open her file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/beds.py" line="87"/>
        <source>Give her a &amp;bed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/beds.py" line="93"/>
        <source>Bed boar&amp;d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/beds.py" line="107"/>
        <source>&amp;Waiting for a bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/beds.py" line="109"/>
        <source>Everyone here has a bed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/beds.py" line="169"/>
        <source>{action} ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/beds.py" line="207"/>
        <source>1 bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/beds.py" line="207"/>
        <source>{n} beds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/beds.py" line="208"/>
        <source>{beds}: {taken} taken, {free} free, {held} held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/beds.py" line="216"/>
        <source>There are no rooms on the bed board yet. Press &quot;Rooms and beds…&quot; (Alt+R) to add each room of the house and how many beds it has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/beds.py" line="218"/>
        <source>There are no rooms on the bed board yet. Please ask a house manager to add the rooms and beds of the house.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/beds.py" line="221"/>
        <source>Every bed is out of use. Press &quot;Rooms and beds…&quot; (Alt+R) to put beds back into use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/beds.py" line="222"/>
        <source>Every bed is out of use. Please ask a house manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/beds.py" line="266"/>
        <location filename="../../shelter_desk/gui/pages/beds.py" line="314"/>
        <source>{name} is in {bed} now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/beds.py" line="277"/>
        <source>{name} moved to {bed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/beds.py" line="287"/>
        <source>{bed} is held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/beds.py" line="299"/>
        <source>The hold on {bed} is released; the bed is free.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseworkDialog</name>
    <message>
        <location filename="../../shelter_desk/gui/casework_dialogs.py" line="82"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/casework_dialogs.py" line="83"/>
        <source>Save (Ctrl+Enter)</source>
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
    <name>ChoicesModel</name>
    <message>
        <location filename="../../shelter_desk/gui/bed_dialogs.py" line="96"/>
        <source>Choose</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../shelter_desk/gui/resident_widgets.py" line="156"/>
        <source>year-month-day (may be left empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_widgets.py" line="157"/>
        <source>year-month-day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_widgets.py" line="162"/>
        <location filename="../../shelter_desk/gui/resident_widgets.py" line="163"/>
        <source>Pick from a calendar (Alt+Down)</source>
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
    <name>EditDetailsDialog</name>
    <message>
        <location filename="../../shelter_desk/gui/resident_dialogs.py" line="253"/>
        <source>Edit her details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_dialogs.py" line="254"/>
        <source>Details of {alias}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_dialogs.py" line="254"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExitDialog</name>
    <message>
        <location filename="../../shelter_desk/gui/resident_stay_dialogs.py" line="116"/>
        <source>Left the shelter: {alias}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_stay_dialogs.py" line="117"/>
        <source>{alias} ({bed}) left the shelter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_stay_dialogs.py" line="118"/>
        <source>{alias} left the shelter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_stay_dialogs.py" line="119"/>
        <source>Record that she &amp;left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_stay_dialogs.py" line="122"/>
        <source>Her stay since {day} ends; her bed becomes free. Her record and earlier stays are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_stay_dialogs.py" line="124"/>
        <source>Her stay since {day} ends. Her record and earlier stays are kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExitForm</name>
    <message>
        <location filename="../../shelter_desk/gui/resident_stay_dialogs.py" line="78"/>
        <source>Leaving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_stay_dialogs.py" line="81"/>
        <source>The day she left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_stay_dialogs.py" line="82"/>
        <source>The &amp;day she left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_stay_dialogs.py" line="84"/>
        <source>Choose where she went…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_stay_dialogs.py" line="85"/>
        <source>Where she went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_stay_dialogs.py" line="86"/>
        <source>&amp;Where she went *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_stay_dialogs.py" line="87"/>
        <source>Where she is staying tonight. Type the first letters to jump in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_stay_dialogs.py" line="89"/>
        <source>e.g. moved in with her sister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_stay_dialogs.py" line="90"/>
        <source>&amp;Reason, in a few words</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../shelter_desk/gui/resident_dialog_base.py" line="80"/>
        <source>Save ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_dialog_base.py" line="84"/>
        <source>Close without saving (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_dialog_base.py" line="87"/>
        <source>Ctrl+Enter saves · Esc closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_dialog_base.py" line="88"/>
        <source>Enter saves · Esc closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_dialog_base.py" line="189"/>
        <source>Close without saving?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_dialog_base.py" line="190"/>
        <source>Close without saving? What you typed will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GiveBedDialog</name>
    <message>
        <location filename="../../shelter_desk/gui/bed_dialogs.py" line="290"/>
        <source>{name} — waiting for a bed since {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/bed_dialogs.py" line="297"/>
        <source>{name} — now in {bed} (moves her)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/bed_dialogs.py" line="301"/>
        <source>Who sleeps in {bed}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/bed_dialogs.py" line="303"/>
        <source>It is held: {hold}. Giving it ends the hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/bed_dialogs.py" line="305"/>
        <source>Give this bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/bed_dialogs.py" line="307"/>
        <source>&amp;Find her</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/bed_dialogs.py" line="308"/>
        <source>&amp;Residents here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/bed_dialogs.py" line="310"/>
        <source>Nobody is staying here now. Do the intake first (Residents).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/bed_dialogs.py" line="311"/>
        <source>&amp;Give the bed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <location filename="../../shelter_desk/gui/casework_dialogs.py" line="234"/>
        <source>Change a goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/casework_dialogs.py" line="234"/>
        <source>Add a goal or service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/casework_dialogs.py" line="241"/>
        <source>For example: GED classes at the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/casework_dialogs.py" line="243"/>
        <source>&amp;Started on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/casework_dialogs.py" line="245"/>
        <source>&amp;Ended on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/casework_dialogs.py" line="252"/>
        <source>Has a start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/casework_dialogs.py" line="253"/>
        <source>Has an end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/casework_dialogs.py" line="255"/>
        <source>&amp;Goal or service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/casework_dialogs.py" line="256"/>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/casework_dialogs.py" line="257"/>
        <source>S&amp;tatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/casework_dialogs.py" line="260"/>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalsModel</name>
    <message>
        <location filename="../../shelter_desk/gui/resident_tabs.py" line="303"/>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_tabs.py" line="304"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_tabs.py" line="305"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_tabs.py" line="306"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_tabs.py" line="307"/>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_tabs.py" line="308"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalsTab</name>
    <message>
        <location filename="../../shelter_desk/gui/resident_tabs.py" line="338"/>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_tabs.py" line="345"/>
        <source>The chosen goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_tabs.py" line="346"/>
        <source>&amp;Add a goal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_tabs.py" line="347"/>
        <source>Change this g&amp;oal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_tabs.py" line="348"/>
        <source>No goals yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_tabs.py" line="378"/>
        <source>Goal or service</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../shelter_desk/gui/history_dialog.py" line="67"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/history_dialog.py" line="68"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/history_dialog.py" line="110"/>
        <source>Change history: {alias}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/history_dialog.py" line="115"/>
        <source>Every change to this record, newest first: when, who made it, and what it was before and after. Legal names are never shown here, only that one changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/history_dialog.py" line="120"/>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/history_dialog.py" line="126"/>
        <source>Nothing has been changed since the intake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/history_dialog.py" line="129"/>
        <source>The chosen change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/history_dialog.py" line="153"/>
        <source>Stay from {day}: {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/history_dialog.py" line="154"/>
        <source>A stay: {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/history_dialog.py" line="156"/>
        <source>Someone staying with her: {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/history_dialog.py" line="159"/>
        <source>Case note of {day}: {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/history_dialog.py" line="160"/>
        <source>A case note: {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/history_dialog.py" line="163"/>
        <source>Goal &quot;{goal}&quot;: {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/history_dialog.py" line="164"/>
        <source>A goal: {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/history_dialog.py" line="171"/>
        <source>(not shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/history_dialog.py" line="173"/>
        <source>merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/history_dialog.py" line="185"/>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/history_dialog.py" line="186"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/history_dialog.py" line="187"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/history_dialog.py" line="188"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/history_dialog.py" line="188"/>
        <location filename="../../shelter_desk/gui/history_dialog.py" line="189"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/history_dialog.py" line="189"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../shelter_desk/gui/history_dialog.py" line="86"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/history_dialog.py" line="87"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/history_dialog.py" line="88"/>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/history_dialog.py" line="89"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/history_dialog.py" line="90"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HoldDialog</name>
    <message>
        <location filename="../../shelter_desk/gui/bed_dialogs.py" line="328"/>
        <source>Hold this bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/bed_dialogs.py" line="329"/>
        <source>Keep {bed} free for someone who is expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/bed_dialogs.py" line="334"/>
        <source>e.g. mother and 2 children, referred by the hotline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/bed_dialogs.py" line="335"/>
        <source>&amp;Held for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/bed_dialogs.py" line="337"/>
        <source>A few words are enough. Do not type her full name: everyone at the desk can read this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/bed_dialogs.py" line="341"/>
        <source>&amp;Until a certain day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/bed_dialogs.py" line="344"/>
        <source>Last day of the hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/bed_dialogs.py" line="351"/>
        <source>After this day the bed shows as free again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/bed_dialogs.py" line="356"/>
        <source>&amp;Hold the bed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdEditor</name>
    <message>
        <location filename="../../shelter_desk/gui/resident_household.py" line="162"/>
        <source>Children and family staying with her</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_household.py" line="165"/>
        <source>No one is staying with her. If she has children or family with her, add each of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_household.py" line="168"/>
        <source>&amp;Add someone staying with her</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_household.py" line="169"/>
        <source>Adds a line (Insert in the table). Delete removes the chosen line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_household.py" line="171"/>
        <source>Type in a cell to change it; Tab moves on; Delete removes the chosen line.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdTable</name>
    <message>
        <location filename="../../shelter_desk/gui/resident_household.py" line="107"/>
        <source>First name or initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_household.py" line="107"/>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_household.py" line="108"/>
        <source>Child or other family</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <location filename="../../shelter_desk/gui/resident_dialogs.py" line="120"/>
        <location filename="../../shelter_desk/gui/resident_dialogs.py" line="211"/>
        <source>Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_dialogs.py" line="120"/>
        <location filename="../../shelter_desk/gui/resident_dialogs.py" line="212"/>
        <source>Take in a new resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_dialogs.py" line="121"/>
        <location filename="../../shelter_desk/gui/resident_dialogs.py" line="213"/>
        <source>Take her in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_dialogs.py" line="127"/>
        <source>Only her preferred name or alias is needed now; everything else can be added later. Fields marked * are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_dialogs.py" line="146"/>
        <source>Not her: take in someone &amp;new instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_dialogs.py" line="194"/>
        <source>&lt;b&gt;{alias} is back.&lt;/b&gt; This starts a new stay for her; her earlier stays are kept. Her own details stay as they were: change them later with Edit details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_dialogs.py" line="197"/>
        <source>Fill in this stay: the day she came back, her program and bed, and who is with her.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_dialogs.py" line="198"/>
        <source>She is back: {alias}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_dialogs.py" line="199"/>
        <source>Take {alias} back in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_dialogs.py" line="200"/>
        <source>Take her back in</source>
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
        <location filename="../../shelter_desk/gui/main_window.py" line="174"/>
        <source>&amp;Lock the screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="176"/>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="177"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="178"/>
        <source>&amp;Change my password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="179"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="180"/>
        <source>&amp;About Shelter Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="183"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="188"/>
        <source>&amp;My account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="190"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="201"/>
        <source>Signed in: {name} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="204"/>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="204"/>
        <source>Nobody is signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="253"/>
        <source>The vault&apos;s key file was changed outside Shelter Desk since it was last used. It has been sealed again. If nobody here changed it, the audit trail has a note about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="257"/>
        <source>A change of the data key that was interrupted has now been finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="260"/>
        <source>A change of the data key that was interrupted has been undone. The earlier passwords and recovery code still work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="265"/>
        <source>Shelter Desk updated the vault for this version, after making a backup first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="278"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="280"/>
        <source>Residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="281"/>
        <source>Beds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="287"/>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="354"/>
        <source>You have been signed in for 12 hours. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="363"/>
        <source>You have signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="375"/>
        <source>Your password has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="383"/>
        <source>Lock the screen now (do this whenever you step away)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="384"/>
        <source>Sign out and close Shelter Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="385"/>
        <source>Show this list of keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="389"/>
        <source>Go to {screen}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="391"/>
        <source>Ctrl+1, Ctrl+2, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="391"/>
        <source>Go to the screens in the list on the left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="394"/>
        <source>Residents: search by name or room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="395"/>
        <source>Residents: take in a new resident (intake)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="396"/>
        <source>Residents: open the chosen resident&apos;s file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="397"/>
        <source>Esc / Alt+Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="397"/>
        <source>Residents: close the file and go back to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="398"/>
        <source>Save an intake, a case note or a goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="399"/>
        <source>Beds: give the chosen bed to someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="400"/>
        <source>Beds: move her to another bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="401"/>
        <source>Beds: hold the chosen bed for someone expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="402"/>
        <source>Beds: release the hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="403"/>
        <source>Beds: open the file of the person in the chosen bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="406"/>
        <source>Tab / Shift+Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="406"/>
        <source>Move to the next / previous field or button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="407"/>
        <source>Up / Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="407"/>
        <source>Choose in a list, such as the screens on the left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="396"/>
        <location filename="../../shelter_desk/gui/main_window.py" line="408"/>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="408"/>
        <source>Press the highlighted button (Sign in, OK, Next)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="409"/>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="409"/>
        <source>Close a window without changing anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="410"/>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="410"/>
        <source>Press the button or tick the box that has the focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="411"/>
        <source>Alt + underlined letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="411"/>
        <source>Go to that field, press that button or open that menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="412"/>
        <source>Next tab (for example in Admin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/main_window.py" line="413"/>
        <source>Previous tab</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../shelter_desk/gui/merge_dialog.py" line="63"/>
        <source>Merge a duplicate into {alias}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/merge_dialog.py" line="65"/>
        <source>Use this when two records were made by mistake for the same person. Find the other record; everything in it (stays, case notes, goals and their history) moves into the record of {alias}, which is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/merge_dialog.py" line="70"/>
        <source>Type part of a name or a room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/merge_dialog.py" line="72"/>
        <source>&amp;Find the other record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/merge_dialog.py" line="75"/>
        <source>Other records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/merge_dialog.py" line="83"/>
        <source>The record kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/merge_dialog.py" line="84"/>
        <source>The duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/merge_dialog.py" line="86"/>
        <source>Kept: this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/merge_dialog.py" line="87"/>
        <source>Merged into it: the other record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/merge_dialog.py" line="104"/>
        <source>&amp;Merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/merge_dialog.py" line="163"/>
        <source>Both records have a stay going on now. Record that she left on one of them before merging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/merge_dialog.py" line="166"/>
        <source>Choose the other record in the list above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/merge_dialog.py" line="171"/>
        <location filename="../../shelter_desk/gui/merge_dialog.py" line="177"/>
        <source>here now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/merge_dialog.py" line="172"/>
        <source>Stay {start} – {end} · {program}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/merge_dialog.py" line="178"/>
        <source>Latest stay {start} – {end} · {program}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/merge_dialog.py" line="193"/>
        <source>Merge two records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/merge_dialog.py" line="194"/>
        <source>Merge the record of {other} into the record of {kept}?

Her stays, case notes and goals move into the record of {kept}; details missing there are taken from the other record. The other record will no longer appear in the list. This cannot be undone in Shelter Desk. Only merge records of the same person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/merge_dialog.py" line="200"/>
        <source>&amp;Merge the records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../shelter_desk/gui/bed_dialogs.py" line="256"/>
        <source>Move to another bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/bed_dialogs.py" line="257"/>
        <source>{name} is in {bed} now. Choose her new bed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/bed_dialogs.py" line="258"/>
        <source>&amp;Move her</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/bed_dialogs.py" line="260"/>
        <source>Give her a bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/bed_dialogs.py" line="261"/>
        <source>{name} has no bed yet. Choose a bed for her.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/bed_dialogs.py" line="262"/>
        <source>&amp;Give the bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/bed_dialogs.py" line="265"/>
        <source>&amp;Find a bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/bed_dialogs.py" line="266"/>
        <source>&amp;Free beds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/bed_dialogs.py" line="268"/>
        <source>No bed is free. A house manager can add beds in Rooms and beds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../shelter_desk/gui/casework_dialogs.py" line="159"/>
        <source>Correct your note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/casework_dialogs.py" line="159"/>
        <source>Write a case note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/casework_dialogs.py" line="169"/>
        <source>&amp;What it is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/casework_dialogs.py" line="170"/>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/casework_dialogs.py" line="171"/>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/casework_dialogs.py" line="173"/>
        <source>You can correct this note today. From tomorrow, a change is added as an amendment under it and the note stays as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/casework_dialogs.py" line="175"/>
        <source>Write what happened and what was agreed, in plain words. You can correct the note today; after today, changes are added as amendments.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesModel</name>
    <message>
        <location filename="../../shelter_desk/gui/resident_tabs.py" line="156"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_tabs.py" line="157"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_tabs.py" line="158"/>
        <source>Written by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_tabs.py" line="159"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_tabs.py" line="173"/>
        <source>Amendment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <location filename="../../shelter_desk/gui/resident_tabs.py" line="194"/>
        <source>Case notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_tabs.py" line="199"/>
        <source>The chosen note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_tabs.py" line="200"/>
        <source>&amp;Write a note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_tabs.py" line="201"/>
        <source>C&amp;orrect my note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_tabs.py" line="202"/>
        <source>You can correct a note you wrote, on the day you wrote it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_tabs.py" line="203"/>
        <source>Add an &amp;amendment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_tabs.py" line="204"/>
        <source>Adds a dated amendment under the note; the note stays as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_tabs.py" line="205"/>
        <source>No case notes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_tabs.py" line="245"/>
        <source>{kind} note of {day}, written by {author}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_tabs.py" line="249"/>
        <source>Amendment of {day}, written by {author}</source>
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
    <name>PeopleList</name>
    <message>
        <location filename="../../shelter_desk/gui/pages/today.py" line="89"/>
        <source>Press Enter or double-click to open her file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../shelter_desk/gui/pages/today.py" line="62"/>
        <source>No bed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../../shelter_desk/gui/resident_forms.py" line="75"/>
        <source>About her</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_forms.py" line="76"/>
        <source>The name she wants to be called by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_forms.py" line="77"/>
        <source>Preferred name or alias (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_forms.py" line="78"/>
        <source>Preferred &amp;name or alias *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_forms.py" line="83"/>
        <source>Legal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_forms.py" line="84"/>
        <source>S&amp;how legal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_forms.py" line="85"/>
        <source>Showing a legal name is written in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_forms.py" line="92"/>
        <source>&amp;Legal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_forms.py" line="93"/>
        <source>Optional. Hidden everywhere: only a house manager or director can see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_forms.py" line="102"/>
        <source>Age known as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_forms.py" line="104"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_forms.py" line="105"/>
        <source>e.g. 35</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_forms.py" line="107"/>
        <source>Approximate age in years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_forms.py" line="109"/>
        <source>years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_forms.py" line="117"/>
        <source>&amp;Age known as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_forms.py" line="122"/>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_forms.py" line="124"/>
        <source>Race and ethnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_forms.py" line="125"/>
        <source>&amp;Gender (tick all that apply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_forms.py" line="127"/>
        <source>&amp;Race and ethnicity (tick all that apply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_forms.py" line="134"/>
        <source>Space ticks or clears the answer under the cursor. &quot;Doesn&apos;t know&quot;, &quot;prefers not to answer&quot; and &quot;not collected&quot; stand alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_forms.py" line="138"/>
        <source>e.g. she/her</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_forms.py" line="139"/>
        <source>&amp;Pronouns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_forms.py" line="141"/>
        <source>e.g. Spanish, some English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_forms.py" line="142"/>
        <source>Needs an &amp;interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_forms.py" line="147"/>
        <source>Lang&amp;uages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_forms.py" line="151"/>
        <source>Safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_forms.py" line="152"/>
        <source>&amp;Do not confirm she is here (to callers or visitors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_forms.py" line="158"/>
        <source>On for everyone unless she asks otherwise. Staff answer &quot;I can&apos;t confirm or deny who stays here.&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_forms.py" line="161"/>
        <source>Who: a description of the person (trafficker or abuser)
Vehicle: make, colour, plate
What to do: e.g. do not open the door, call 911</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_forms.py" line="163"/>
        <source>Person to &amp;watch for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_forms.py" line="164"/>
        <source>The front desk sees this on the Today board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_forms.py" line="168"/>
        <source>Health and contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_forms.py" line="169"/>
        <source>Name and phone of someone she trusts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_forms.py" line="170"/>
        <source>&amp;Emergency contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_forms.py" line="172"/>
        <source>e.g. vegetarian, halal, diabetic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_forms.py" line="173"/>
        <source>Dietar&amp;y needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_forms.py" line="175"/>
        <source>e.g. peanuts, penicillin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_forms.py" line="176"/>
        <source>Allergie&amp;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_forms.py" line="179"/>
        <source>Only what staff need to know, e.g. medication times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_forms.py" line="180"/>
        <source>&amp;Medical notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_forms.py" line="210"/>
        <source>Optional. No legal name is recorded yet. Once saved, only a house manager or director can see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_forms.py" line="217"/>
        <source>Recorded, hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_forms.py" line="218"/>
        <source>A legal name is recorded. Only a house manager or director can see or change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_forms.py" line="225"/>
        <source>A legal name is recorded. Showing it is written in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_forms.py" line="240"/>
        <source>Shown for you (written in the audit trail). Change it here if it is wrong; empty it to remove it.</source>
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
    <name>ResidentFields</name>
    <message>
        <location filename="../../shelter_desk/gui/resident_text.py" line="40"/>
        <source>Preferred name or alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_text.py" line="41"/>
        <source>Legal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_text.py" line="42"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_text.py" line="43"/>
        <location filename="../../shelter_desk/gui/resident_text.py" line="66"/>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_text.py" line="44"/>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_text.py" line="45"/>
        <source>Race and ethnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_text.py" line="46"/>
        <source>Pronouns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_text.py" line="47"/>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_text.py" line="48"/>
        <source>Needs an interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_text.py" line="49"/>
        <source>Emergency contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_text.py" line="50"/>
        <source>Dietary needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_text.py" line="51"/>
        <source>Allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_text.py" line="52"/>
        <source>Medical notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_text.py" line="53"/>
        <source>Do not confirm she is here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_text.py" line="54"/>
        <source>Person to watch for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_text.py" line="55"/>
        <source>Duplicate record merged into this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_text.py" line="56"/>
        <source>Intake date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_text.py" line="57"/>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_text.py" line="58"/>
        <source>Referred by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_text.py" line="59"/>
        <source>About the referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_text.py" line="60"/>
        <source>Where she stayed before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_text.py" line="61"/>
        <source>Left on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_text.py" line="62"/>
        <source>Where she went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_text.py" line="63"/>
        <source>Why she left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_text.py" line="64"/>
        <source>Room and bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_text.py" line="65"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_text.py" line="67"/>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_text.py" line="68"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_text.py" line="69"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_text.py" line="70"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_text.py" line="71"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_text.py" line="72"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_text.py" line="73"/>
        <source>Started on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_text.py" line="74"/>
        <source>Ended on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_text.py" line="75"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResidentFileView</name>
    <message>
        <location filename="../../shelter_desk/gui/resident_file.py" line="68"/>
        <source>← &amp;Back to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_file.py" line="69"/>
        <source>Back to the list (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_file.py" line="83"/>
        <source>Do not confirm she is here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_file.py" line="89"/>
        <source>Never tell a caller or visitor that she lives here, not even that you know her.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_file.py" line="110"/>
        <source>&amp;Edit details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_file.py" line="112"/>
        <source>Lef&amp;t the shelter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_file.py" line="113"/>
        <source>Ta&amp;ke her back in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_file.py" line="114"/>
        <source>Change histo&amp;ry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_file.py" line="115"/>
        <source>Merge a d&amp;uplicate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_file.py" line="116"/>
        <source>Merge a duplicate record of the same person into this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_file.py" line="124"/>
        <source>Her details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_file.py" line="130"/>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_file.py" line="131"/>
        <source>&amp;Stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_file.py" line="132"/>
        <source>&amp;Case notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_file.py" line="133"/>
        <source>&amp;Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_file.py" line="169"/>
        <location filename="../../shelter_desk/gui/resident_file.py" line="306"/>
        <source>needs an interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_file.py" line="174"/>
        <source>Person to watch for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_file.py" line="180"/>
        <source>with {people}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_file.py" line="214"/>
        <source>Show &amp;legal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_file.py" line="225"/>
        <source>Legal name: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_file.py" line="226"/>
        <source>No legal name is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_file.py" line="228"/>
        <source>Hide &amp;legal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_file.py" line="295"/>
        <source>Recorded. Press &quot;Show legal name&quot; to see it (this is written in the audit trail).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_file.py" line="297"/>
        <source>Recorded. Only house managers and directors can see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_file.py" line="299"/>
        <source>{day} ({age} years old)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_file.py" line="301"/>
        <source>About {age} years old (approximate age)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_file.py" line="308"/>
        <source>Yes: never confirm to a caller or visitor that she is here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_file.py" line="310"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_file.py" line="324"/>
        <source>Nobody named</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResidentText</name>
    <message>
        <location filename="../../shelter_desk/gui/resident_text.py" line="120"/>
        <source>1 night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_text.py" line="121"/>
        <source>{n} nights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_text.py" line="131"/>
        <source>{name} ({age})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_text.py" line="140"/>
        <source>{room}, bed {bed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_text.py" line="147"/>
        <source>no bed given yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_text.py" line="148"/>
        <source>Here since {day} · {program} · {where} · {nights}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_text.py" line="155"/>
        <source>Left on {day} ({group})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_text.py" line="157"/>
        <source>Left on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_text.py" line="170"/>
        <source>{where}, since {start}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_text.py" line="173"/>
        <source>{where}, {start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_text.py" line="179"/>
        <location filename="../../shelter_desk/gui/resident_text.py" line="215"/>
        <source>{age} years old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_text.py" line="189"/>
        <source>No bed given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_text.py" line="190"/>
        <source>With her</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_text.py" line="191"/>
        <source>Nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_text.py" line="204"/>
        <source>She is here now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_text.py" line="206"/>
        <source>Nights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_text.py" line="214"/>
        <source>about {age} years old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_text.py" line="225"/>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResidentsModel</name>
    <message>
        <location filename="../../shelter_desk/gui/residents_model.py" line="43"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/residents_model.py" line="44"/>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/residents_model.py" line="45"/>
        <source>Bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/residents_model.py" line="46"/>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/residents_model.py" line="47"/>
        <source>Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/residents_model.py" line="48"/>
        <source>Left on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/residents_model.py" line="49"/>
        <source>With her</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/residents_model.py" line="50"/>
        <source>Safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/residents_model.py" line="85"/>
        <source>Watch for someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/residents_model.py" line="87"/>
        <source>Do not confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/residents_model.py" line="116"/>
        <source>Open her file to see whom to watch for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/residents_model.py" line="118"/>
        <source>Never confirm to a caller or visitor that she is here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/residents_model.py" line="122"/>
        <source>People staying with her (children, family)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResidentsPage</name>
    <message>
        <location filename="../../shelter_desk/gui/pages/residents.py" line="55"/>
        <source>Here now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/residents.py" line="56"/>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/residents.py" line="57"/>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/residents.py" line="76"/>
        <location filename="../../shelter_desk/gui/pages/residents.py" line="105"/>
        <source>Residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/residents.py" line="80"/>
        <source>Type part of a name or a room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/residents.py" line="83"/>
        <source>Search residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/residents.py" line="84"/>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/residents.py" line="89"/>
        <source>Sho&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/residents.py" line="92"/>
        <source>All programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/residents.py" line="95"/>
        <source>&amp;Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/residents.py" line="98"/>
        <source>&amp;New intake…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/residents.py" line="99"/>
        <source>Take in a new resident (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/residents.py" line="101"/>
        <source>&amp;Open her file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/residents.py" line="102"/>
        <source>Open the chosen resident&apos;s file (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/residents.py" line="131"/>
        <source>Also search &amp;legal names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/residents.py" line="132"/>
        <source>Each search of legal names is written to the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/residents.py" line="220"/>
        <source>Nobody staying here now matches what you typed. To look among people who have left too, choose Show: Everyone (Alt+W).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/residents.py" line="223"/>
        <source>Nobody matches what you typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/residents.py" line="226"/>
        <source>Nobody is staying here now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/residents.py" line="227"/>
        <source>Nobody has left yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/residents.py" line="228"/>
        <source>No residents yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/residents.py" line="231"/>
        <source>1 resident here now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/residents.py" line="231"/>
        <source>1 resident who has left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/residents.py" line="232"/>
        <source>1 resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/residents.py" line="234"/>
        <source>{n} residents here now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/residents.py" line="234"/>
        <source>{n} residents who have left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/residents.py" line="235"/>
        <source>{n} residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/residents.py" line="237"/>
        <source>{count}, matching what you typed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomForm</name>
    <message>
        <location filename="../../shelter_desk/gui/rooms_dialog.py" line="109"/>
        <source>Add a room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/rooms_dialog.py" line="109"/>
        <source>Change the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/rooms_dialog.py" line="112"/>
        <source>e.g. Garden room, Room 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/rooms_dialog.py" line="116"/>
        <source>e.g. ground floor, near the bathroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/rooms_dialog.py" line="120"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/rooms_dialog.py" line="122"/>
        <source>N&amp;ote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/rooms_dialog.py" line="130"/>
        <source>&amp;Beds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/rooms_dialog.py" line="131"/>
        <source>They are called 1, 2, 3… You can rename them afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/rooms_dialog.py" line="135"/>
        <source>&amp;Add the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/rooms_dialog.py" line="135"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomsDialog</name>
    <message>
        <location filename="../../shelter_desk/gui/rooms_dialog.py" line="230"/>
        <location filename="../../shelter_desk/gui/rooms_dialog.py" line="236"/>
        <source>Rooms and beds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/rooms_dialog.py" line="232"/>
        <source>The rooms and beds of the house, in the order they are shown on the bed board. A room or bed taken out of use keeps its history and can be put back into use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/rooms_dialog.py" line="243"/>
        <source>R&amp;ooms and beds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/rooms_dialog.py" line="246"/>
        <source>There are no rooms yet. Press &quot;Add a room…&quot; to add the first one and say how many beds it has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/rooms_dialog.py" line="251"/>
        <source>&amp;Add a room…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/rooms_dialog.py" line="256"/>
        <source>Add a room (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/rooms_dialog.py" line="257"/>
        <source>Add a &amp;bed to this room…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/rooms_dialog.py" line="258"/>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/rooms_dialog.py" line="259"/>
        <source>Rename the room or bed, or change the room&apos;s note (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/rooms_dialog.py" line="260"/>
        <source>&amp;Take out of use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/rooms_dialog.py" line="261"/>
        <source>&amp;Put back into use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/rooms_dialog.py" line="280"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/rooms_dialog.py" line="359"/>
        <source>The room {name} was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/rooms_dialog.py" line="369"/>
        <source>A bed was added to {room}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/rooms_dialog.py" line="379"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/rooms_dialog.py" line="397"/>
        <source>Bed {label} in {room}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/rooms_dialog.py" line="398"/>
        <source>{what} is back in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/rooms_dialog.py" line="398"/>
        <source>{what} is out of use now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomsModel</name>
    <message>
        <location filename="../../shelter_desk/gui/rooms_dialog.py" line="59"/>
        <source>Room or bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/rooms_dialog.py" line="60"/>
        <source>Beds in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/rooms_dialog.py" line="61"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/rooms_dialog.py" line="62"/>
        <location filename="../../shelter_desk/gui/rooms_dialog.py" line="84"/>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/rooms_dialog.py" line="77"/>
        <source>Bed {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/rooms_dialog.py" line="86"/>
        <source>Out of use (the room is)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/rooms_dialog.py" line="87"/>
        <source>Out of use</source>
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
    <name>StayDialog</name>
    <message>
        <location filename="../../shelter_desk/gui/resident_stay_dialogs.py" line="35"/>
        <source>She is back: {alias}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_stay_dialogs.py" line="36"/>
        <source>Correct a stay: {alias}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_stay_dialogs.py" line="37"/>
        <source>{alias} is back: a new stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_stay_dialogs.py" line="38"/>
        <source>{alias}: the stay that began on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_stay_dialogs.py" line="39"/>
        <source>Start her new stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_stay_dialogs.py" line="39"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_stay_dialogs.py" line="45"/>
        <source>Her earlier stays are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_stay_dialogs.py" line="46"/>
        <source>Correct what was recorded when she came. Bed moves are made on the Beds screen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StayForm</name>
    <message>
        <location filename="../../shelter_desk/gui/resident_stay_form.py" line="39"/>
        <source>Her stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_stay_form.py" line="42"/>
        <source>Intake date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_stay_form.py" line="43"/>
        <source>In&amp;take date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_stay_form.py" line="48"/>
        <source>Pr&amp;ogram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_stay_form.py" line="51"/>
        <source>Room and bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_stay_form.py" line="53"/>
        <source>Room and &amp;bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_stay_form.py" line="64"/>
        <source>Re&amp;ferred by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_stay_form.py" line="66"/>
        <source>e.g. which hotline or advocate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_stay_form.py" line="67"/>
        <source>Referral &amp;contact or note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_stay_form.py" line="70"/>
        <source>Where she lived before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_stay_form.py" line="71"/>
        <source>Where she li&amp;ved before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_stay_form.py" line="72"/>
        <source>The night before she came. Type the first letters to jump in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_stay_form.py" line="75"/>
        <source>Who is with her</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_stay_form.py" line="77"/>
        <source>Add someone staying wit&amp;h her</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_stay_form.py" line="101"/>
        <source>No bed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_stay_form.py" line="105"/>
        <source>{room} · {bed} (taken now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_stay_form.py" line="115"/>
        <source>{room} · {bed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_stay_form.py" line="117"/>
        <source>{room} · {bed} (held: {note})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_stay_form.py" line="123"/>
        <source>No rooms are set up yet. A house manager adds them on the Beds screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_stay_form.py" line="125"/>
        <source>Every bed is taken. Choose &quot;No bed yet&quot;; she shows as waiting on the Beds screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_stay_form.py" line="128"/>
        <source>Free beds, and beds held for someone (taking one ends the hold).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaysModel</name>
    <message>
        <location filename="../../shelter_desk/gui/resident_tabs.py" line="74"/>
        <source>Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_tabs.py" line="75"/>
        <source>Left on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_tabs.py" line="76"/>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_tabs.py" line="77"/>
        <source>Room and bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_tabs.py" line="78"/>
        <source>Nights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_tabs.py" line="79"/>
        <source>Where she went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_tabs.py" line="90"/>
        <source>Here now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaysTab</name>
    <message>
        <location filename="../../shelter_desk/gui/resident_tabs.py" line="112"/>
        <source>Stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_tabs.py" line="117"/>
        <source>The chosen stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_tabs.py" line="118"/>
        <source>C&amp;orrect this stay…</source>
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
        <location filename="../../shelter_desk/gui/pages/today.py" line="150"/>
        <source>Hello, {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/today.py" line="154"/>
        <source>You are signed in at {shelter}. Your role: {role}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/today.py" line="160"/>
        <source>When you step away from the desk, press Ctrl+L to lock the screen. Press F1 to see every keyboard shortcut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/today.py" line="168"/>
        <source>Needs your attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/today.py" line="228"/>
        <source>People to watch for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/today.py" line="230"/>
        <source>Residents asked us to look out for these people. If someone like this calls or comes to the door, say nothing about who lives here and tell a house manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/today.py" line="245"/>
        <source>&amp;Arrived today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/today.py" line="245"/>
        <source>Nobody has arrived today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/today.py" line="247"/>
        <source>&amp;Left today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/today.py" line="247"/>
        <source>Nobody has left today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/today.py" line="286"/>
        <source>No bed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/today.py" line="288"/>
        <source>By room: {rooms}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/today.py" line="290"/>
        <source>Beds: {free} free, {held} held (see Beds, Ctrl+3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/today.py" line="292"/>
        <source>Never confirm to a caller or visitor that someone lives here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/today.py" line="295"/>
        <source>1 resident here asks that nobody confirms she is here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/today.py" line="297"/>
        <source>{n} residents here ask that nobody confirms they are here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/today.py" line="312"/>
        <source>Nobody is staying here now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/today.py" line="313"/>
        <source>1 resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/today.py" line="313"/>
        <source>{n} residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/today.py" line="317"/>
        <source>and 1 child or family member staying with her</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/today.py" line="319"/>
        <source>and {n} children or family members staying with them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/today.py" line="320"/>
        <source>Here now: {residents}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/today.py" line="355"/>
        <source>This computer has no password store that Shelter Desk can use, so sign-ins are protected by passwords only. Someone who copies the vault folder could try to guess a weak password. Admin → Security explains more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/today.py" line="363"/>
        <source>The newest Recovery Sheet was never printed or saved, so nobody could use it if every director password were forgotten. Make a new one in Admin → Security and keep it in the safe.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayPeopleModel</name>
    <message>
        <location filename="../../shelter_desk/gui/pages/today.py" line="52"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/today.py" line="53"/>
        <source>Room and bed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WaitingModel</name>
    <message>
        <location filename="../../shelter_desk/gui/bed_board_model.py" line="88"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/bed_board_model.py" line="89"/>
        <source>Here since</source>
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
    <name>_ChooseDialog</name>
    <message>
        <location filename="../../shelter_desk/gui/bed_dialogs.py" line="146"/>
        <source>&amp;Day of the move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/bed_dialogs.py" line="148"/>
        <source>Today, unless it happened earlier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/bed_dialogs.py" line="218"/>
        <source>Choose one from the list first.</source>
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
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="75"/>
        <source>Took in a resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="76"/>
        <source>Opened a resident&apos;s file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="77"/>
        <source>Showed a legal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="78"/>
        <source>Searched legal names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="79"/>
        <source>Changed a resident&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="80"/>
        <source>Read a record&apos;s change history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="81"/>
        <source>Merged two resident records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="82"/>
        <source>Took a resident back in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="83"/>
        <source>Changed a stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="84"/>
        <source>Recorded that a resident left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="85"/>
        <source>Gave or moved a bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="86"/>
        <source>Held a bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="87"/>
        <source>Released a held bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="88"/>
        <source>Changed rooms or beds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="89"/>
        <source>Added a case note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="90"/>
        <source>Corrected a case note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="91"/>
        <source>Amended a case note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="92"/>
        <source>Added a goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/pages/audit.py" line="93"/>
        <source>Changed a goal</source>
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
        <location filename="../../shelter_desk/gui/worker.py" line="100"/>
        <source>The computer could not read or write a file ({reason}). Nothing was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/worker.py" line="104"/>
        <source>Something unexpected went wrong. Nothing was saved by this step; please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/worker.py" line="110"/>
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
        <location filename="../../shelter_desk/services/validation.py" line="85"/>
        <location filename="../../shelter_desk/services/validation.py" line="103"/>
        <location filename="../../shelter_desk/services/validation.py" line="119"/>
        <source>Please fill in {label}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/validation.py" line="30"/>
        <location filename="../../shelter_desk/services/validation.py" line="88"/>
        <location filename="../../shelter_desk/services/validation.py" line="106"/>
        <source>{label} is too long (at most {n} characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/validation.py" line="76"/>
        <source>Please check {label}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/validation.py" line="122"/>
        <source>{label} is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/validation.py" line="124"/>
        <source>{label} is too far in the past. Please check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/validation.py" line="127"/>
        <source>{label} cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/validation.py" line="130"/>
        <source>{label} cannot be before {earliest}.</source>
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
    <message>
        <location filename="../../shelter_desk/gui/resident_widgets.py" line="89"/>
        <source>We cannot read {label} as a date. Type it as year-month-day, for example 2026-01-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/beds.py" line="147"/>
        <source>Choose a period of at most ten years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/beds.py" line="203"/>
        <source>She has left, so she cannot be given a bed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/beds.py" line="211"/>
        <source>The day of the move cannot be before {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/beds.py" line="280"/>
        <source>A room can have 0 to 50 beds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/beds.py" line="284"/>
        <location filename="../../shelter_desk/services/beds.py" line="307"/>
        <source>There is already a room called {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/beds.py" line="305"/>
        <location filename="../../shelter_desk/services/beds.py" line="320"/>
        <location filename="../../shelter_desk/services/beds.py" line="336"/>
        <source>That room no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/beds.py" line="322"/>
        <source>Someone is staying in this room. Move her to another bed first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/beds.py" line="338"/>
        <location filename="../../shelter_desk/services/beds.py" line="357"/>
        <source>This room already has a bed called {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/beds.py" line="355"/>
        <location filename="../../shelter_desk/services/beds.py" line="369"/>
        <source>That bed no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/beds.py" line="371"/>
        <source>Someone is sleeping in this bed. Move her to another bed first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/casework.py" line="30"/>
        <source>Choose what the note is about from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/casework.py" line="37"/>
        <source>That note no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/casework.py" line="69"/>
        <source>Only the person who wrote a note can correct it. Add an amendment instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/casework.py" line="72"/>
        <source>A note can only be corrected on the day it was written. Add an amendment instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/casework.py" line="107"/>
        <source>Choose the kind of goal from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/casework.py" line="109"/>
        <source>Choose the goal&apos;s status from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/casework.py" line="116"/>
        <source>Only a goal that was reached or stopped has an end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/casework.py" line="150"/>
        <source>That goal no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/resident_input.py" line="68"/>
        <source>Choose {label} from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/resident_input.py" line="72"/>
        <source>For {label}, &quot;doesn&apos;t know&quot;, &quot;prefers not to answer&quot; and &quot;not collected&quot; cannot be chosen together with other answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/resident_input.py" line="90"/>
        <source>Choose how the age is known from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/resident_input.py" line="97"/>
        <source>Please give an approximate age from 0 to 120.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/resident_input.py" line="125"/>
        <source>A household can have at most 20 people here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/resident_input.py" line="133"/>
        <source>An age must be a number from 0 to 120.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/resident_input.py" line="136"/>
        <source>Choose child or other family member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/resident_input.py" line="146"/>
        <location filename="../../shelter_desk/services/residents.py" line="276"/>
        <source>Choose a program from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/resident_input.py" line="149"/>
        <source>Choose who referred her from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/resident_input.py" line="155"/>
        <source>Choose where she stayed before from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/residents.py" line="105"/>
        <location filename="../../shelter_desk/services/residents.py" line="112"/>
        <source>That resident&apos;s record no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/residents.py" line="119"/>
        <source>That stay no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/residents.py" line="136"/>
        <source>That bed is not in use any more. Choose another bed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/residents.py" line="143"/>
        <source>Bed {bed} in {room} is already taken. Choose a free bed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/residents.py" line="165"/>
        <source>Someone else slept in bed {bed} in {room} after {day}. Choose a bed that was free from that day on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/residents.py" line="221"/>
        <source>She is already staying here. Record that she left before starting a new stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/residents.py" line="226"/>
        <location filename="../../shelter_desk/services/residents.py" line="450"/>
        <source>The intake date cannot be before she last left ({day}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/residents.py" line="393"/>
        <source>Only a house manager or director can change a legal name that is already recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/residents.py" line="421"/>
        <source>The intake date cannot be after the day she left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/residents.py" line="424"/>
        <source>She has already moved beds during this stay, so the intake date can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/residents.py" line="500"/>
        <source>Choose where she went from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/residents.py" line="506"/>
        <source>This stay has already ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/residents.py" line="510"/>
        <source>The day she left cannot be before her intake date ({day}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/residents.py" line="514"/>
        <source>The day she left cannot be before her last bed move ({day}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/residents.py" line="540"/>
        <source>Choose two different records to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/residents.py" line="542"/>
        <source>Both records have a stay going on now. Record that one of them left first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/residents.py" line="548"/>
        <source>The two records have stays at the same time (from {first} and from {second}). Correct the stay dates first, then merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/resident_views.py" line="19"/>
        <source>Someone else changed this record after you opened it, so your changes were not saved. Close this window, open the record again to see what changed, and make your change again.</source>
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
    <message>
        <location filename="../../shelter_desk/gui/resident_forms.py" line="103"/>
        <source>the date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_stay_dialogs.py" line="79"/>
        <location filename="../../shelter_desk/services/residents.py" line="497"/>
        <source>the day she left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_stay_form.py" line="41"/>
        <source>the intake date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/gui/resident_widgets.py" line="179"/>
        <source>the date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/beds.py" line="142"/>
        <source>the first night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/beds.py" line="144"/>
        <source>the last night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/beds.py" line="197"/>
        <source>the day of the move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/beds.py" line="232"/>
        <source>who the bed is held for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/beds.py" line="236"/>
        <source>the last day of the hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/beds.py" line="260"/>
        <source>the room&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/beds.py" line="264"/>
        <source>the bed&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/beds.py" line="278"/>
        <location filename="../../shelter_desk/services/beds.py" line="301"/>
        <location filename="../../shelter_desk/services/casework.py" line="20"/>
        <source>the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/casework.py" line="46"/>
        <source>the note&apos;s date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/casework.py" line="84"/>
        <source>the amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/casework.py" line="111"/>
        <source>the start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/casework.py" line="113"/>
        <source>the end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/casework.py" line="121"/>
        <source>the description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/casework.py" line="122"/>
        <source>the notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/residents.py" line="278"/>
        <source>the search text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/services/residents.py" line="502"/>
        <source>the reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hud</name>
    <message>
        <location filename="../../shelter_desk/hud.py" line="31"/>
        <source>Client doesn&apos;t know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="32"/>
        <source>Client prefers not to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="33"/>
        <location filename="../../shelter_desk/hud.py" line="184"/>
        <source>Data not collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="36"/>
        <source>Homeless situations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="37"/>
        <source>Institutional situations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="38"/>
        <source>Temporary housing situations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="39"/>
        <source>Permanent housing situations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="40"/>
        <location filename="../../shelter_desk/hud.py" line="100"/>
        <location filename="../../shelter_desk/hud.py" line="183"/>
        <location filename="../../shelter_desk/hud.py" line="199"/>
        <location filename="../../shelter_desk/hud.py" line="212"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="66"/>
        <source>Place not meant for people to live in (a car, an abandoned building, a station, outside)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="67"/>
        <source>Emergency shelter, including a hotel or motel paid for with a shelter voucher, or a Host Home shelter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="68"/>
        <source>Safe Haven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="69"/>
        <source>Foster care home or foster care group home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="70"/>
        <source>Hospital or other residential non-psychiatric medical facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="71"/>
        <source>Jail, prison or juvenile detention facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="72"/>
        <source>Long-term care facility or nursing home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="73"/>
        <source>Psychiatric hospital or other psychiatric facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="74"/>
        <source>Substance abuse treatment facility or detox center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="75"/>
        <source>Transitional housing for homeless persons (including homeless youth)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="76"/>
        <source>Residential project or halfway house with no homeless criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="77"/>
        <source>Hotel or motel paid for without an emergency shelter voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="78"/>
        <source>Host Home (non-crisis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="79"/>
        <source>Staying or living in a family member&apos;s room, apartment or house</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="80"/>
        <source>Staying or living in a friend&apos;s room, apartment or house</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="81"/>
        <source>Rental by client, no ongoing housing subsidy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="82"/>
        <source>Rental by client, with ongoing housing subsidy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="83"/>
        <source>Owned by client, with ongoing housing subsidy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="84"/>
        <source>Owned by client, no ongoing housing subsidy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="92"/>
        <source>Staying or living with family, temporary tenure (a room, apartment or house)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="93"/>
        <source>Staying or living with friends, temporary tenure (a room, apartment or house)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="94"/>
        <source>Moved from one HOPWA funded project to HOPWA transitional housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="95"/>
        <source>Staying or living with family, permanent tenure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="96"/>
        <source>Staying or living with friends, permanent tenure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="97"/>
        <source>Moved from one HOPWA funded project to HOPWA permanent housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="99"/>
        <source>No exit interview completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="101"/>
        <source>Deceased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="102"/>
        <source>Worker unable to determine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="108"/>
        <source>Woman (girl, if a child)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="109"/>
        <source>Man (boy, if a child)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="110"/>
        <source>Culturally specific identity (e.g. Two-Spirit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="111"/>
        <source>Transgender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="112"/>
        <source>Non-binary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="113"/>
        <source>Questioning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="114"/>
        <source>Different identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="120"/>
        <source>American Indian, Alaska Native or Indigenous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="121"/>
        <source>Asian or Asian American</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="122"/>
        <source>Black, African American or African</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="123"/>
        <source>Hispanic, Latina, Latine or Latino</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="124"/>
        <source>Middle Eastern or North African</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="125"/>
        <source>Native Hawaiian or Pacific Islander</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="126"/>
        <source>White</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="134"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="135"/>
        <source>Approximate age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="168"/>
        <source>Emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="169"/>
        <source>Transitional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="170"/>
        <source>Long-term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="174"/>
        <source>She came herself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="175"/>
        <source>Hotline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="176"/>
        <source>Police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="177"/>
        <source>Hospital or clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="178"/>
        <source>Another shelter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="179"/>
        <source>Advocate or legal aid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="180"/>
        <source>Social services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="181"/>
        <source>Faith or community group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="182"/>
        <source>Family or friend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="188"/>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="189"/>
        <source>Other family member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="193"/>
        <location filename="../../shelter_desk/hud.py" line="209"/>
        <source>Counselling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="194"/>
        <source>Legal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="195"/>
        <source>Housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="196"/>
        <source>Employment and training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="197"/>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="198"/>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="204"/>
        <source>Education (e.g. GED)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="205"/>
        <source>Job and vocational training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="206"/>
        <source>Legal help: protection order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="207"/>
        <source>Legal help: immigration status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="208"/>
        <source>Legal help: record expungement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="210"/>
        <source>Housing search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="211"/>
        <source>Financial literacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="216"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="217"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="218"/>
        <source>Reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/hud.py" line="219"/>
        <source>Stopped</source>
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
        <location filename="../../shelter_desk/permissions.py" line="45"/>
        <source>change its password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/permissions.py" line="46"/>
        <source>manage staff accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/permissions.py" line="47"/>
        <source>read the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/permissions.py" line="48"/>
        <source>change security settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/permissions.py" line="49"/>
        <source>change the data key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/permissions.py" line="50"/>
        <source>see the security settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/permissions.py" line="51"/>
        <source>see residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/permissions.py" line="52"/>
        <source>take in residents or change their stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/permissions.py" line="53"/>
        <source>write case notes and goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/permissions.py" line="54"/>
        <source>see legal names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/permissions.py" line="55"/>
        <source>see the history of changes to a resident&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/permissions.py" line="56"/>
        <source>merge two resident records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shelter_desk/permissions.py" line="57"/>
        <source>change rooms and beds</source>
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
