import { siFacebook } from 'simple-icons';

export default siFacebook.path;
